import DataLoader from 'dataloader';
import { byIdLoader, groupLoader, type BaseContext } from '@cp/service-kit';
import { StandardAddressEntity } from './modules/address/address.entity';
import { CommunityEntity, GridEntity, StationEntity } from './modules/jurisdiction/jurisdiction.entity';
import { ResidentEntity } from './modules/resident/resident.entity';

/** This subgraph's DataLoaders, created fresh for every request. */
export function createLoaders({ em }: BaseContext) {
  return {
    stationById: byIdLoader(em, StationEntity),
    communityById: byIdLoader(em, CommunityEntity),
    gridById: byIdLoader(em, GridEntity),
    addressById: byIdLoader(em, StandardAddressEntity),
    residentById: byIdLoader(em, ResidentEntity),
    communitiesByStation: groupLoader(
      (ids) => em.find(CommunityEntity, { station: { $in: ids } }, { orderBy: { code: 'asc' } }),
      (c) => c.station.id,
    ),
    /** Residents, floating residents and households of many communities, in one grouped statement. */
    statsByCommunity: new DataLoader<string, { residents: number; floating: number; households: number }>(async (ids) => {
      const rows: Array<{ community_id: string; residents: number; floating: number; households: number }> = await em.getConnection().execute(
        `select community_id, count(*)::int as residents, count(*) filter (where kind = 'floating')::int as floating,
                count(distinct address_id)::int as households
           from resident where community_id = any(?::uuid[]) group by community_id`,
        [`{${ids.join(',')}}`],
      );
      const byId = new Map(rows.map((r) => [r.community_id, r]));
      return ids.map((id) => byId.get(id) ?? { residents: 0, floating: 0, households: 0 });
    }),
    gridsByCommunity: groupLoader(
      (ids) => em.find(GridEntity, { community: { $in: ids } }, { orderBy: { name: 'asc' } }),
      (g) => g.community.id,
    ),
  };
}

export type PopulationLoaders = ReturnType<typeof createLoaders>;

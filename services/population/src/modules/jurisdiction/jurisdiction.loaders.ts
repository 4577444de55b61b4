import DataLoader from 'dataloader';
import { byIdLoader, groupLoader, perRequest } from '@cp/service-kit';
import { CommunityEntity, GridEntity, StationEntity } from './jurisdiction.entity';
import type { PopulationStats } from './jurisdiction.type';

export const stationById = perRequest(({ em }) => byIdLoader(em, StationEntity));

export const communityById = perRequest(({ em }) => byIdLoader(em, CommunityEntity));

export const gridById = perRequest(({ em }) => byIdLoader(em, GridEntity));

export const communitiesByStation = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(CommunityEntity, { station: { $in: ids } }, { orderBy: { code: 'asc' } }),
    (c) => c.station.id,
  ),
);

/** Residents, floating residents, occupied dwellings (实有户) and registered households of many communities, in one grouped statement. */
export const statsByCommunity = perRequest(
  ({ em }) =>
    new DataLoader<string, PopulationStats>(async (ids) => {
      const rows: Array<{ community_id: string; residents: number; floating: number; households: number; registered_households: number }> = await em
        .getConnection()
        .execute(
          `select r.community_id, count(*)::int as residents, count(*) filter (where r.kind = 'floating')::int as floating,
            count(distinct r.address_id)::int as households,
            (select count(*) from household h where h.community_id = r.community_id)::int as registered_households
       from resident r where r.community_id = any(?::uuid[]) group by r.community_id`,
          [`{${ids.join(',')}}`],
        );
      const byId = new Map(rows.map((r) => [r.community_id, { ...r, registeredHouseholds: r.registered_households }]));
      return ids.map((id) => byId.get(id) ?? { residents: 0, floating: 0, households: 0, registeredHouseholds: 0 });
    }),
);

export const gridsByCommunity = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(GridEntity, { community: { $in: ids } }, { orderBy: { name: 'asc' } }),
    (g) => g.community.id,
  ),
);

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
    gridsByCommunity: groupLoader(
      (ids) => em.find(GridEntity, { community: { $in: ids } }, { orderBy: { name: 'asc' } }),
      (g) => g.community.id,
    ),
  };
}

export type PopulationLoaders = ReturnType<typeof createLoaders>;

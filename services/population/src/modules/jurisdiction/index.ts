import { defineModule, referenceVia } from '@cp/service-kit';
import { CommunityEntity, GridEntity, StationEntity } from './jurisdiction.entity';
import { communityById, gridById, stationById } from './jurisdiction.loaders';
import { toCommunity, toGrid, toStation } from './jurisdiction.mapper';
import { CommunityResolver, StationResolver } from './jurisdiction.resolver';

/** The jurisdiction tree: stations, communities and their grids. */
export const jurisdictionModule = defineModule({
  name: 'jurisdiction',
  entities: [StationEntity, CommunityEntity, GridEntity],
  resolvers: [StationResolver, CommunityResolver],
  references: {
    Station: referenceVia(stationById, toStation),
    Community: referenceVia(communityById, toCommunity),
    Grid: referenceVia(gridById, toGrid),
  },
});

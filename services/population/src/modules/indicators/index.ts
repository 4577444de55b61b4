import { defineModule } from '@cp/service-kit';
import { keepFactsJob } from './indicators.job';
import { CommunityFactsResolver, GridFactsResolver, StationFactsResolver } from './indicators.resolver';

/** 一标三实 facts per community, grid and station, for the performance domain's indicators. */
export const indicatorsModule = defineModule({
  name: 'indicators',
  resolvers: [CommunityFactsResolver, StationFactsResolver, GridFactsResolver],
  jobs: [keepFactsJob],
});

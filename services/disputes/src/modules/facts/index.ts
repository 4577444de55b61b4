import { defineModule } from '@cp/service-kit';
import { CommunityDisputesResolver } from './facts.resolver';

/** A community's disputes and their facts per period, for the performance domain. */
export const factsModule = defineModule({
  name: 'facts',
  resolvers: [CommunityDisputesResolver],
});

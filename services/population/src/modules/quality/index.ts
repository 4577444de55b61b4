import { defineModule } from '@cp/service-kit';
import { CommunityQualityResolver, DuplicateResolver } from './quality.resolver';

/** Data quality of a community's records, and likely duplicates. */
export const qualityModule = defineModule({
  name: 'quality',
  resolvers: [CommunityQualityResolver, DuplicateResolver],
});

import { defineModule } from '@cp/service-kit';
import { ManualValueEntity } from './manual-value.entity';
import { CommunityManualValuesResolver, ManualValueResolver } from './manual.resolver';

/** Values of manual indicators, entered with their evidence. */
export const manualModule = defineModule({
  name: 'manual',
  entities: [ManualValueEntity],
  resolvers: [ManualValueResolver, CommunityManualValuesResolver],
});

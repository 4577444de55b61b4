import { defineModule } from '@cp/service-kit';
import { DisputeRulesEntity } from './rules.entity';
import { DisputeRulesResolver } from './rules.resolver';

/** The district's dispute rules: deadlines, repeat window, risk weights. */
export const rulesModule = defineModule({
  name: 'rules',
  entities: [DisputeRulesEntity],
  resolvers: [DisputeRulesResolver],
});

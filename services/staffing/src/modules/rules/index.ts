import { defineModule } from '@cp/service-kit';
import { StaffingRulesEntity } from './rules.entity';
import { RulesResolver } from './rules.resolver';

/** The district's staffing settings: the targets time in the community and the staffing figures are judged by. */
export const rulesModule = defineModule({
  name: 'rules',
  entities: [StaffingRulesEntity],
  resolvers: [RulesResolver],
});

import { defineModule } from '@cp/service-kit';
import { PopulationRulesEntity } from './rules.entity';
import { WorklistResolver } from './worklist.resolver';

/** The population work due in a community, by the district's visit and inspection rules. */
export const worklistModule = defineModule({
  name: 'worklist',
  entities: [PopulationRulesEntity],
  resolvers: [WorklistResolver],
});

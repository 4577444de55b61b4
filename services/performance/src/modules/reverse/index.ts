import { defineModule } from '@cp/service-kit';
import { DepartmentEntity, DepartmentRatingEntity } from './department.entity';
import { ReverseEvaluationResolver } from './reverse.resolver';
import { seedDepartments } from './reverse.seed';

/** Stations rating the district's functional departments (逆考评). */
export const reverseModule = defineModule({
  name: 'reverse',
  entities: [DepartmentEntity, DepartmentRatingEntity],
  resolvers: [ReverseEvaluationResolver],
  seed: seedDepartments,
});

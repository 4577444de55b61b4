import { defineModule } from '@cp/service-kit';
import { UnitEntity } from './unit.entity';
import { UnitResolver } from './unit.resolver';

/** Units (实有单位) and their inspections' schedule. */
export const unitModule = defineModule({
  name: 'unit',
  entities: [UnitEntity],
  resolvers: [UnitResolver],
});

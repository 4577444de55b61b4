import { defineModule, type BaseContext } from '@cp/service-kit';
import { UnitEntity } from './unit.entity';
import { UnitResolver } from './unit.resolver';
import { UnitService } from './unit.service';

/** Units (实有单位) and their inspections' schedule. */
export const unitModule = defineModule({
  name: 'unit',
  entities: [UnitEntity],
  resolvers: [UnitResolver],
  references: { Unit: { __resolveReference: (ref: { id: string }, ctx: BaseContext) => ctx.use(UnitService).reference(ref.id) } },
});

import { defineModule, type BaseContext } from '@cp/service-kit';
import { ResidentEntity } from './resident.entity';
import { ResidentResolver } from './resident.resolver';
import { ResidentService } from './resident.service';

/** Residents (实有人口): registered, floating and overseas, with their masks and audit. */
export const residentModule = defineModule({
  name: 'resident',
  entities: [ResidentEntity],
  resolvers: [ResidentResolver],
  references: { Resident: { __resolveReference: (ref: { id: string }, ctx: BaseContext) => ctx.use(ResidentService).reference(ref.id) } },
});

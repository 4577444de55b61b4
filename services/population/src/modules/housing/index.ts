import { defineModule, type BaseContext } from '@cp/service-kit';
import { HousingEntity } from './housing.entity';
import { HousingResolver, ResidentHousingResolver } from './housing.resolver';
import { HousingService } from './housing.service';

/** Dwellings (实有房屋): use, rentals, landlords and occupants. */
export const housingModule = defineModule({
  name: 'housing',
  entities: [HousingEntity],
  resolvers: [HousingResolver, ResidentHousingResolver],
  references: { Housing: { __resolveReference: (ref: { id: string }, ctx: BaseContext) => ctx.use(HousingService).reference(ref.id) } },
});

import { defineModule } from '@cp/service-kit';
import { HouseholdEntity, HouseholdMemberEntity } from './household.entity';
import { HouseholdMemberResolver, HouseholdResolver, ResidentHouseholdResolver } from './household.resolver';

/** Households (户) and their members. */
export const householdModule = defineModule({
  name: 'household',
  entities: [HouseholdEntity, HouseholdMemberEntity],
  resolvers: [HouseholdResolver, HouseholdMemberResolver, ResidentHouseholdResolver],
});

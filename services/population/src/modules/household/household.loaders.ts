import DataLoader from 'dataloader';
import { byIdLoader, groupLoader, perRequest } from '@cp/service-kit';
import { HouseholdEntity, HouseholdMemberEntity } from './household.entity';

export const householdById = perRequest(({ em }) => byIdLoader(em, HouseholdEntity));

export const membersByHousehold = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(HouseholdMemberEntity, { household: { $in: ids } }),
    (m) => m.household.id,
  ),
);

/** Each resident's household membership (at most one), in one statement. */
export const membershipByResident = perRequest(
  ({ em }) =>
    new DataLoader<string, HouseholdMemberEntity | null>(async (ids) => {
      const rows = await em.find(HouseholdMemberEntity, { resident: { $in: [...ids] } });
      const byResident = new Map(rows.map((m) => [m.resident.id, m]));
      return ids.map((id) => byResident.get(id) ?? null);
    }),
);

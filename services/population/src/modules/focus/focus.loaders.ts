import { groupLoader, perRequest } from '@cp/service-kit';
import { FocusPersonEntity } from './focus.entity';

/** Open listings of many residents, with their categories. */
export const focusByResident = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(FocusPersonEntity, { resident: { $in: ids }, endedAt: null }, { populate: ['category'], orderBy: { since: 'asc' } }),
    (f) => f.resident.id,
  ),
);

import { byIdLoader, groupLoader, perRequest } from '@cp/service-kit';
import { ResidentEntity } from './resident.entity';

export const residentById = perRequest(({ em }) => byIdLoader(em, ResidentEntity));

/** The residents living at each address, in one statement. */
export const residentsByAddress = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(ResidentEntity, { address: { $in: ids } }, { orderBy: { name: 'asc' } }),
    (r) => r.address!.id,
  ),
);

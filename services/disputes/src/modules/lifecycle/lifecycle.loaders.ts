import { groupLoader, perRequest } from '@cp/service-kit';
import { DisputeEventEntity } from './event.entity';

export const eventsByDispute = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(DisputeEventEntity, { dispute: { $in: ids } }, { orderBy: { at: 'asc', id: 'asc' } }),
    (e) => e.dispute.id,
  ),
);

import { groupLoader, perRequest } from '@cp/service-kit';
import { ApprovalEventEntity } from './approval.entity';

export const approvalEvents = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(ApprovalEventEntity, { approval: { $in: ids } }, { orderBy: { at: 'asc' } }),
    (e) => e.approval.id,
  ),
);

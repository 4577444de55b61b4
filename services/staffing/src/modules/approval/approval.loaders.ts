import { groupLoader, perRequest } from '@cp/service-kit';
import { ApprovalEntity, ApprovalEventEntity, ApprovalStatus } from './approval.entity';

export const approvalEvents = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(ApprovalEventEntity, { approval: { $in: ids } }, { orderBy: { at: 'asc' } }),
    (e) => e.approval.id,
  ),
);

/** The exceptions in force for each officer: approved, not yet expired (the profile and the roster show them). */
export const exceptionsInForce = perRequest(({ em }) =>
  groupLoader(
    (ids) =>
      em.find(
        ApprovalEntity,
        { officer: { $in: ids }, status: ApprovalStatus.approved, validUntil: { $gt: new Date() } },
        { populate: ['officer'], orderBy: { validFrom: 'asc' } },
      ),
    (a) => a.officer.id,
  ),
);

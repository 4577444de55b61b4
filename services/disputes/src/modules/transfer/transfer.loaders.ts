import { groupLoader, perRequest } from '@cp/service-kit';
import { DisputeTransferEntity } from './transfer.entity';

export const transfersByDispute = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(DisputeTransferEntity, { dispute: { $in: ids } }, { orderBy: { transferredAt: 'asc' } }),
    (t) => t.dispute.id,
  ),
);

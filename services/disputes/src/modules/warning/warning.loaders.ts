import { groupLoader, perRequest } from '@cp/service-kit';
import { RiskNoticeEntity } from './risk-notice.entity';
import { DisputeWarningEntity } from './warning.entity';

export const warningsByDispute = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(DisputeWarningEntity, { dispute: { $in: ids } }, { orderBy: { raisedAt: 'desc' } }),
    (w) => w.dispute.id,
  ),
);

export const noticesByDispute = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(RiskNoticeEntity, { dispute: { $in: ids } }, { orderBy: { issuedAt: 'desc' } }),
    (n) => n.dispute.id,
  ),
);

import type { RiskNoticeEntity } from './risk-notice.entity';
import type { DisputeWarningEntity } from './warning.entity';
import type { DisputeWarning, RiskNotice } from './warning.type';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

export const toWarning = (e: DisputeWarningEntity): DisputeWarning => ({
  id: e.id,
  kind: e.kind,
  message: e.message,
  raisedAt: e.raisedAt.toISOString(),
  status: e.status,
  acknowledgedAt: iso(e.acknowledgedAt),
  acknowledgedBy: e.acknowledgedBy ?? null,
  closedAt: iso(e.closedAt),
  closedBy: e.closedBy ?? null,
  closingNote: e.closingNote ?? null,
  version: e.version,
  disputeId: e.dispute.id,
});

export const toNotice = (e: RiskNoticeEntity): RiskNotice => ({
  id: e.id,
  kind: e.kind,
  department: e.department,
  content: e.content,
  issuedAt: e.issuedAt.toISOString(),
  issuedBy: e.issuedBy,
  acknowledgedAt: iso(e.acknowledgedAt),
  acknowledgedBy: e.acknowledgedBy ?? null,
  version: e.version,
  disputeId: e.dispute.id,
});

import type { ApprovalEntity, ApprovalEventEntity, DutyAssignmentEntity } from './approval.entity';
import { toOfficer } from '../officer/officer.mapper';
import type { Approval, ApprovalEvent, DutyAssignment } from './approval.type';

export const toApproval = (a: ApprovalEntity, now = new Date()): Approval => ({
  id: a.id,
  officer: toOfficer(a.officer),
  kind: a.kind,
  reason: a.reason,
  requestedBy: a.requestedBy,
  requestedAt: a.requestedAt.toISOString(),
  status: a.status,
  decidedBy: a.decidedBy ?? null,
  decidedAt: a.decidedAt?.toISOString() ?? null,
  decisionNote: a.decisionNote ?? null,
  validFrom: a.validFrom.toISOString(),
  validUntil: a.validUntil.toISOString(),
  expired: a.validUntil < now,
  replacementOfficerId: a.details?.replacementOfficerId ?? null,
  version: a.version,
});

export const toApprovalEvent = (e: ApprovalEventEntity): ApprovalEvent => ({
  at: e.at.toISOString(),
  action: e.action,
  actorName: e.actorName,
  note: e.note ?? null,
});

export const toAssignment = (d: DutyAssignmentEntity): DutyAssignment => ({
  id: d.id,
  kind: d.kind,
  startsAt: d.startsAt.toISOString(),
  endsAt: d.endsAt.toISOString(),
  approvalId: d.approval?.id ?? null,
});

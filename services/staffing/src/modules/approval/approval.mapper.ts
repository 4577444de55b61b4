import { ApprovalStatus, type ApprovalEntity, type ApprovalEventEntity, type DutyAssignmentEntity } from './approval.entity';
import { nextSignoff, SIGNOFFS_NEEDED } from './four-prohibitions';
import { toOfficer } from '../officer/officer.mapper';
import type { Approval, ApprovalEvent, DutyAssignment, SignoffLevelKind } from './approval.type';

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
  tenureYears: a.details?.tenureYears ?? null,
  earlyReason: a.details?.earlyReason ?? null,
  signoffs: a.signoffs.map((s) => ({ level: s.level as SignoffLevelKind, name: s.name, at: s.at, note: s.note })),
  signoffsNeeded: SIGNOFFS_NEEDED[a.kind] as SignoffLevelKind[],
  awaiting: a.status === ApprovalStatus.pending ? (nextSignoff(a) as SignoffLevelKind | null) : null,
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

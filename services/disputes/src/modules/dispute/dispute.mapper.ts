import { isOpen } from '../lifecycle/state-machine';
import type { DisputeEntity, DisputePartyEntity } from './dispute.entity';
import type { Dispute, DisputeParty } from './dispute.type';

/** A dispute's own columns, as an entity or as a plain row read for a page. */
export type DisputeRow = Omit<DisputeEntity, 'parties'>;

export const toDispute = (e: DisputeRow, now = new Date()): Dispute => ({
  id: e.id,
  title: e.title,
  category: e.category,
  source: e.source,
  status: e.status,
  riskLevel: e.riskLevel,
  grade: e.grade,
  description: e.description ?? null,
  addressText: e.addressText ?? null,
  threatsNoted: e.threatsNoted,
  violenceHistory: e.violenceHistory,
  isRepeat: e.repeatCount > 0,
  reopenCount: e.reopenCount,
  reportedAt: e.reportedAt.toISOString(),
  progressDueAt: e.progressDueAt?.toISOString() ?? null,
  progressOverdue: isOpen(e.status) && !!e.progressDueAt && e.progressDueAt < now,
  closedAt: e.closedAt?.toISOString() ?? null,
  resolution: e.resolution ?? null,
  version: e.version,
  communityId: e.communityId,
  stationId: e.stationId,
  gridId: e.gridId ?? null,
  handlerOfficerId: e.handlerOfficerId ?? null,
  assignedOfficerId: e.assignedOfficerId ?? null,
  repeatCount: e.repeatCount,
  progressDueAtDate: e.progressDueAt ?? null,
  transferDueAt: e.transferDueAt ?? null,
});

export const toParty = (e: DisputePartyEntity): DisputeParty => ({ name: e.name, residentId: e.residentId ?? null });

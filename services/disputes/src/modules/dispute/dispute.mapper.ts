import type { DisputeEntity, DisputePartyEntity } from './dispute.entity';
import type { Dispute, DisputeParty } from './dispute.type';

export const toDispute = (e: DisputeEntity): Dispute => ({
  id: e.id,
  title: e.title,
  category: e.category,
  source: e.source,
  status: e.status,
  riskLevel: e.riskLevel,
  reportedAt: e.reportedAt.toISOString(),
  version: e.version,
  communityId: e.communityId,
});

export const toParty = (e: DisputePartyEntity): DisputeParty => ({ name: e.name, residentId: e.residentId ?? null });

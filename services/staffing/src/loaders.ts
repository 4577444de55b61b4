import { byIdLoader, groupLoader, periodLoader, type BaseContext } from '@cp/service-kit';
import { ApprovalEventEntity } from './modules/approval/approval.entity';
import { OfficerEntity } from './modules/officer/officer.entity';
import { PostHistoryEntity } from './modules/officer/post-history.entity';
import { PartnerOperationEntity } from './modules/partner/partner.entity';
import { PostEntity } from './modules/post/post.entity';
import type { TimeInCommunity } from './modules/presence/presence.type';
import { PresenceService } from './modules/presence/presence.service';

/** This subgraph's DataLoaders, fresh per request. */
export function createLoaders(base: BaseContext) {
  const { em } = base;
  const officerById = byIdLoader(em, OfficerEntity);
  return {
    officerById,
    /** Posts of many communities with their officers, in one joined statement. */
    postsByCommunity: groupLoader(
      (communityIds) => em.find(PostEntity, { communityId: { $in: communityIds } }, { populate: ['officer'], strategy: 'joined', orderBy: { role: 'asc' } }),
      (p) => p.communityId,
    ),
    officersByStation: groupLoader(
      (stationIds) => em.find(OfficerEntity, { stationId: { $in: stationIds } }, { orderBy: { badgeNo: 'asc' } }),
      (o) => o.stationId,
    ),
    postHistory: groupLoader(
      (ids) => em.find(PostHistoryEntity, { officer: { $in: ids } }, { orderBy: { startedAt: 'desc' } }),
      (h) => h.officer.id,
    ),
    partnerOperations: groupLoader(
      (ids) => em.find(PartnerOperationEntity, { partnerId: { $in: ids } }, { orderBy: { name: 'asc' } }),
      (o) => o.partnerId,
    ),
    approvalEvents: groupLoader(
      (ids) => em.find(ApprovalEventEntity, { approval: { $in: ids } }, { orderBy: { at: 'asc' } }),
      (e) => e.approval.id,
    ),
    /** Time in community of every officer asked about for one period, together. */
    timeInCommunity: periodLoader<TimeInCommunity | null>(async (ids, from, to) => {
      const officers = (await officerById.loadMany(ids)).filter((o): o is OfficerEntity => !!o && !(o instanceof Error));
      const times = await new PresenceService(base).timeOf(officers, from, to);
      return ids.map((id) => times.get(id) ?? null);
    }),
  };
}

export type StaffingLoaders = ReturnType<typeof createLoaders>;

import { byIdLoader, groupLoader, type BaseContext } from '@cp/service-kit';
import { OfficerEntity } from './modules/officer/officer.entity';
import { PostEntity } from './modules/post/post.entity';

/** This subgraph's DataLoaders, fresh per request. */
export function createLoaders({ em }: BaseContext) {
  return {
    officerById: byIdLoader(em, OfficerEntity),
    /** Posts of many communities with their officers, in one joined statement. */
    postsByCommunity: groupLoader(
      (communityIds) => em.find(PostEntity, { communityId: { $in: communityIds } }, { populate: ['officer'], strategy: 'joined', orderBy: { role: 'asc' } }),
      (p) => p.communityId,
    ),
    officersByStation: groupLoader(
      (stationIds) => em.find(OfficerEntity, { stationId: { $in: stationIds } }, { orderBy: { badgeNo: 'asc' } }),
      (o) => o.stationId,
    ),
  };
}

export type StaffingLoaders = ReturnType<typeof createLoaders>;

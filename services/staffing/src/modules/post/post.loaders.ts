import { groupLoader, perRequest } from '@cp/service-kit';
import { PostEntity } from './post.entity';

/** Posts of many communities with their officers, in one joined statement. */
export const postsByCommunity = perRequest(({ em }) =>
  groupLoader(
    (communityIds) => em.find(PostEntity, { communityId: { $in: communityIds } }, { populate: ['officer'], strategy: 'joined', orderBy: { role: 'asc' } }),
    (p) => p.communityId,
  ),
);

import type { BaseContext } from '@cp/service-kit';
import { toOfficer } from '../officer/officer.mapper';
import { postsByCommunity } from './post.loaders';
import type { CommunityPost } from './post.type';

/** A community's posts: A, B and auxiliaries, with their officers. */
export class PostService {
  constructor(private readonly ctx: BaseContext) {}

  async posts(communityId: string): Promise<CommunityPost[]> {
    return (await this.ctx.use(postsByCommunity).load(communityId)).map((p) => ({ role: p.role, officer: toOfficer(p.officer) }));
  }
}

import type { StaffingLoaders } from '../../loaders';
import { toOfficer } from '../officer/officer.mapper';
import type { CommunityPost } from './post.type';

/** A community's posts: A, B and auxiliaries, with their officers. */
export class PostService {
  constructor(private readonly loaders: StaffingLoaders) {}

  async posts(communityId: string): Promise<CommunityPost[]> {
    return (await this.loaders.postsByCommunity.load(communityId)).map((p) => ({ role: p.role, officer: toOfficer(p.officer) }));
  }
}

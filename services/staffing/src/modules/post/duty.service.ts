import type { StaffingLoaders } from '../../loaders';
import { toOfficer } from '../officer/officer.mapper';
import { PostRole } from './post.entity';
import type { CommunityPost, DutyOfficer } from './post.type';

/**
 * Who answers for a community now. For now: the A-role officer, else the B-role officer
 * (rosters and shifts refine this in the staffing issue).
 */
export class DutyService {
  constructor(private readonly loaders: StaffingLoaders) {}

  async posts(communityId: string): Promise<CommunityPost[]> {
    return (await this.loaders.postsByCommunity.load(communityId)).map((p) => ({ role: p.role, officer: toOfficer(p.officer) }));
  }

  async dutyOfficer(communityId: string): Promise<DutyOfficer | null> {
    const posts = await this.loaders.postsByCommunity.load(communityId);
    const post = posts.find((p) => p.role === PostRole.A) ?? posts.find((p) => p.role === PostRole.B);
    if (!post) return null;
    const officer = toOfficer(post.officer);
    return { officer, basis: post.role === PostRole.A ? 'A 岗（主责）民警' : 'B 岗民警（A 岗空缺）', phone: officer.phone };
  }
}

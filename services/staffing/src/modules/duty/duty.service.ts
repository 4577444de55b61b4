import DataLoader from 'dataloader';
import { groupBy, isUuid, type BaseContext } from '@cp/service-kit';
import type { Officer } from '../officer/officer.type';
import type { DutyOfficer } from '../post/post.type';
import { DUTY_SITUATION, type DutyRow } from './duty.sql';
import { resolveDuty } from './resolve-duty';

/**
 * Who answers for a community at a moment (now by default): its posts, and who of the station
 * is on shift then. One statement for any number of communities asked about at one moment.
 */
export class DutyService {
  private readonly byMoment = new Map<number, DataLoader<string, DutyOfficer | null>>();
  /** "Now" is one moment per request, so every community on a page shares one batch. */
  readonly now = new Date();

  constructor(private readonly ctx: BaseContext) {}

  dutyOfficer(communityId: string, at: Date): Promise<DutyOfficer | null> {
    let loader = this.byMoment.get(+at);
    if (!loader) {
      loader = new DataLoader((ids) => this.resolveMany([...ids], at));
      this.byMoment.set(+at, loader);
    }
    return loader.load(communityId);
  }

  private async resolveMany(communityIds: string[], at: Date): Promise<Array<DutyOfficer | null>> {
    const ids = communityIds.filter(isUuid);
    const rows: DutyRow[] = ids.length ? await this.ctx.em.getConnection().execute(DUTY_SITUATION, [`{${ids.join(',')}}`, at]) : [];
    const posts = groupBy(
      rows.filter((r) => r.kind === 'post'),
      (r) => r.community_id!,
    );
    const shifts = groupBy(
      rows.filter((r) => r.kind === 'shift'),
      (r) => r.station_id,
    );
    // who of each station is on shift, worked out once for all its communities
    const stations = new Map(
      [...shifts].map(([station, groups]) => [
        station,
        {
          groups,
          onShift: new Set(groups.flatMap((g) => g.members?.split(',') ?? [])),
          leaders: [...new Set(groups.flatMap((g) => (g.leader_id ? [g.leader_id] : [])))],
        },
      ]),
    );
    return communityIds.map((communityId) => {
      const communityPosts = posts.get(communityId) ?? [];
      const station = stations.get(communityPosts[0]?.station_id ?? '');
      const answer = resolveDuty({
        posts: communityPosts.map((p) => ({ role: p.post_role!, officerId: p.officer_id! })),
        stationRostered: !!station,
        onShift: station?.onShift ?? new Set(),
        onDutyLeaders: station?.leaders ?? [],
      });
      if (!answer) return null;
      const row = communityPosts.find((p) => p.officer_id === answer.officerId) ?? station?.groups.find((g) => g.leader_id === answer.officerId);
      if (!row) return null;
      const officer: Officer = {
        id: answer.officerId,
        badgeNo: row.badge_no!,
        name: row.name!,
        role: row.role!,
        sworn: !!row.sworn,
        phone: row.phone,
        version: row.version!,
        stationId: row.station_id,
      };
      return { officer, basis: answer.basis, phone: officer.phone };
    });
  }
}

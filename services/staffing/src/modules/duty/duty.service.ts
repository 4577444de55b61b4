import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffingLoaders } from '../../loaders';
import type { OfficerRole } from '../officer/officer.entity';
import { toOfficer } from '../officer/officer.mapper';
import type { Officer } from '../officer/officer.type';
import type { DutyOfficer } from '../post/post.type';
import { resolveDuty } from './resolve-duty';

interface OnDutyRow {
  station_id: string;
  leader_id: string | null;
  officer_id: string | null;
  /** The leader's own row, so answering with a group lead costs no further statement. */
  leader_badge_no: string | null;
  leader_name: string | null;
  leader_role: OfficerRole | null;
  leader_sworn: boolean | null;
  leader_phone: string | null;
}

/**
 * Who answers for a community at a moment (now by default): its posts, and who of the station
 * is on shift then. Two statements for any number of communities asked about at one moment.
 */
export class DutyService {
  private readonly byMoment = new Map<number, DataLoader<string, DutyOfficer | null>>();
  /** "Now" is one moment per request, so every community on a page shares one batch. */
  readonly now = new Date();

  constructor(
    private readonly em: EntityManager,
    private readonly loaders: StaffingLoaders,
  ) {}

  dutyOfficer(communityId: string, at: Date): Promise<DutyOfficer | null> {
    let loader = this.byMoment.get(+at);
    if (!loader) {
      loader = new DataLoader((ids) => this.resolveMany([...ids], at));
      this.byMoment.set(+at, loader);
    }
    return loader.load(communityId);
  }

  private async resolveMany(communityIds: string[], at: Date): Promise<Array<DutyOfficer | null>> {
    const posts = await Promise.all(communityIds.map((id) => this.loaders.postsByCommunity.load(id)));
    const stationIds = [...new Set(posts.flat().map((p) => p.officer.stationId))];
    const rows: OnDutyRow[] = stationIds.length
      ? await this.em.getConnection().execute(
          `select s.station_id, g.leader_id, m.officer_id,
                  l.badge_no as leader_badge_no, l.name as leader_name, l.role as leader_role, l.sworn as leader_sworn, l.phone as leader_phone
             from roster_shift s join police_group g on g.id = s.group_id
                  left join police_group_member m on m.group_id = g.id left join officer l on l.id = g.leader_id
            where s.station_id = any(?::uuid[]) and s.starts_at <= ? and s.ends_at > ?
            order by s.starts_at, g.name`,
          [`{${stationIds.join(',')}}`, at, at],
        )
      : [];
    return posts.map((communityPosts) => {
      const stationId = communityPosts[0]?.officer.stationId;
      const onDuty = rows.filter((r) => r.station_id === stationId);
      const answer = resolveDuty({
        posts: communityPosts.map((p) => ({ role: p.role, officerId: p.officer.id })),
        stationRostered: onDuty.length > 0,
        onShift: new Set(onDuty.flatMap((r) => (r.officer_id ? [r.officer_id] : []))),
        onDutyLeaders: [...new Set(onDuty.flatMap((r) => (r.leader_id ? [r.leader_id] : [])))],
      });
      if (!answer) return null;
      const posted = communityPosts.find((p) => p.officer.id === answer.officerId)?.officer;
      const lead = onDuty.find((r) => r.leader_id === answer.officerId);
      const officer: Officer | null = posted
        ? toOfficer(posted)
        : !lead
          ? null
          : {
              id: lead.leader_id!,
              badgeNo: lead.leader_badge_no!,
              name: lead.leader_name!,
              role: lead.leader_role!,
              sworn: !!lead.leader_sworn,
              phone: lead.leader_phone,
              stationId: lead.station_id,
            };
      return officer && { officer, basis: answer.basis, phone: officer.phone };
    });
  }
}

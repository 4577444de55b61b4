import type { OfficerRole } from '../officer/officer.entity';

/** One row of DUTY_SITUATION: a community's A/B post, or a station's group on shift. */
export interface DutyRow {
  kind: 'post' | 'shift';
  /** Posts: the community and the post's role. */
  community_id: string | null;
  post_role: 'A' | 'B' | null;
  /** Posts: the posted officer. */
  officer_id: string | null;
  /** Shifts: the group's leader, and its members' ids joined by commas (cheaper to read than a uuid[]). */
  leader_id: string | null;
  members: string | null;
  station_id: string;
  /** The posted officer's row, or the shift leader's, so answering costs no further statement. */
  badge_no: string | null;
  name: string | null;
  role: OfficerRole | null;
  sworn: boolean | null;
  phone: string | null;
  version: number | null;
}

/**
 * Everything who-is-on-duty needs for many communities at one moment, in one statement: their
 * A/B posts (with the officers), then the groups on shift at their stations (one row per group,
 * its members in one text), earliest shift first: its leader answers when neither post holder is
 * on shift. Shifts are found through the range index by the moment they cover, so the statement
 * does not grow with the roster's history.
 * Parameters: community ids (uuid[]), the moment.
 */
export const DUTY_SITUATION = `
with posted as (
  select p.community_id, p.role::text as post_role, o.id, o.badge_no, o.name, o.role::text as role, o.sworn, o.phone, o.version, o.station_id
    from community_post p join officer o on o.id = p.officer_id
   where p.community_id = any(?::uuid[]) and p.role in ('A', 'B')
)
select 'post' as kind, community_id, post_role, id as officer_id, null::uuid as leader_id, null::text as members, station_id,
       badge_no, name, role, sworn, phone, version, null::timestamptz as starts_at, null::text as group_name
  from posted
union all
select 'shift', null, null, null, g.leader_id, (select string_agg(m.officer_id::text, ',') from police_group_member m where m.group_id = g.id), s.station_id,
       l.badge_no, l.name, l.role::text, l.sworn, l.phone, l.version, s.starts_at, g.name
  from roster_shift s join police_group g on g.id = s.group_id left join officer l on l.id = g.leader_id
 where tstzrange(s.starts_at, s.ends_at) @> ?::timestamptz and s.station_id in (select station_id from posted)
 order by kind, starts_at, group_name`;

import { beijingSql } from '@cp/calendar';
import type { Jurisdiction } from '@cp/auth';
import {
  focusVisitDueSql,
  inspectionDaysSql,
  inspectionDueSql,
  lastFocusVisitSql,
  lastInspectionSql,
  verificationDueSql,
  verificationReasonSql,
} from './schedule.sql';

/**
 * The schedules as SQL: one statement per kind of work, whatever the size of the district.
 * Each returns the items due before `:end` (the end of the day asked about, or of a few days
 * more), earliest first, at most 200, with the kind's totals: overdue, due today, due in all.
 */
export interface DueRow {
  subject_id: string;
  community_id: string;
  due_at: Date;
  last_at: Date | null;
  reason: string;
  kind: string;
  overdue_total: number;
  today_total: number;
  due_total: number;
}

/** `and (…)` limiting rows of `alias` to a jurisdiction and, optionally, one community or a list of them. */
export function scopeSql(alias: string, j: Jurisdiction, communityId?: string | null, communityIds?: string[] | null): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (!j.all) {
    parts.push(`(${alias}.station_id = any(?::uuid[]) or ${alias}.community_id = any(?::uuid[]))`);
    params.push(`{${j.stationIds.join(',')}}`, `{${j.communityIds.join(',')}}`);
  }
  if (communityId) {
    parts.push(`${alias}.community_id = ?`);
    params.push(communityId);
  }
  if (communityIds) {
    parts.push(`${alias}.community_id = any(?::uuid[])`);
    params.push(`{${communityIds.join(',')}}`);
  }
  return { sql: parts.map((p) => ` and ${p}`).join(''), params };
}

const totals = `count(*) over (partition by kind)::int as due_total,
  count(*) filter (where due_at < :start) over (partition by kind)::int as overdue_total,
  count(*) filter (where due_at < :today_end) over (partition by kind)::int as today_total`;

/** 特定对象 and 关爱帮扶: a visit (or a verification) at most every `visit_every_days` since they were listed. */
export const FOCUS_VISITS = (scope: string) => `
  select * from (
    select fp.resident_id as subject_id, fp.community_id, c.kind::text || '_visit' as kind, v.last_at,
           ${focusVisitDueSql('fp', 'c', 'v.last_at')} as due_at,
           c.name || ' · 每 ' || c.visit_every_days || ' 天走访' as reason
      from focus_person fp
      join focus_category c on c.code = fp.category_code and c.active
      left join lateral (${lastFocusVisitSql('fp')}) v on true
     where fp.ended_at is null${scope}
  ) due where due_at < :end`;

/** Units: inspected every `key_unit_inspection_days` (key) or `unit_inspection_days` since the last inspection. */
export const UNIT_INSPECTIONS = (scope: string) => `
  select * from (
    select u.id as subject_id, u.community_id, 'unit_inspection' as kind, v.last_at,
           ${inspectionDueSql('u', 'r', 'v.last_at')} as due_at,
           case when u.key then '重点单位' else '一般单位' end || ' · 每 ' || ${inspectionDaysSql('u', 'r')} || ' 天检查' as reason
      from unit u
     cross join population_rules r
      left join lateral (${lastInspectionSql('u')}) v on true
     where true${scope}
  ) due where due_at < :end`;

/** 限期整改、跟踪复核: a unit whose latest inspection found something is re-checked by its deadline. */
export const UNIT_RECHECKS = (scope: string) => `
  select subject_id, community_id, 'unit_recheck' as kind, at as last_at,
         ${beijingSql.midnight('rectify_by')} as due_at, '整改期限 ' || to_char(rectify_by, 'YYYY-MM-DD') || ' · 复核' as reason
    from (select distinct on (v.subject_id) v.* from visit v
           where v.subject_type = 'unit' and v.kind in ('inspection', 'recheck')${scope}
           order by v.subject_id, v.at desc) latest
   where outcome = 'issue_found' and rectify_by is not null and ${beijingSql.midnight('rectify_by')} < :end`;

/**
 * 数据鲜活: a record not verified for `verification_stale_days` is verified again; a floating
 * resident, newly registered and never verified, within `floating_verification_days`.
 */
export const VERIFICATIONS = (scope: string) => `
  select * from (
    select r.id as subject_id, r.community_id, 'verification' as kind, r.verified_at as last_at,
           ${verificationDueSql('r', 'rules')} as due_at,
           ${verificationReasonSql('r', 'rules')} as reason
      from resident r cross join population_rules rules
     where true${scope}
  ) due where due_at < :end`;

/**
 * Wraps a kind's statement with its totals and the 200-item cap. Parameters: the day's start,
 * its end, the end of the horizon (the day's end, or some days later), then the scope's.
 */
export const withTotals = (sql: string) =>
  `with bounds as (select ?::timestamptz as day_start, ?::timestamptz as day_end, ?::timestamptz as horizon_end)
   select *, ${totals} from (${sql}) items order by due_at limit 200`
    .replaceAll(':start', '(select day_start from bounds)')
    .replaceAll(':today_end', '(select day_end from bounds)')
    .replaceAll(':end', '(select horizon_end from bounds)');

/**
 * The same schedules as a filter on residents (alias `r`): true when a verification or a focus
 * visit of theirs fell due before `?` (the start of today) and has not been done.
 */
export const RESIDENT_OVERDUE = (r: string) => `(
  exists (select 1 from population_rules rules where ${verificationDueSql(r, 'rules')} < ?::timestamptz)
  or exists (select 1 from focus_person fp
               join focus_category c on c.code = fp.category_code and c.active
               left join lateral (${lastFocusVisitSql('fp')}) v on true
              where fp.resident_id = ${r}.id and fp.ended_at is null
                and ${focusVisitDueSql('fp', 'c', 'v.last_at')} < ?::timestamptz))`;

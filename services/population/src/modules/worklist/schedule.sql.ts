/**
 * The population schedules, each due date written once as a SQL expression: the worklist, the
 * residents' "overdue" filter, data quality and the facts the indicators are computed from all
 * read them from here, so what an officer is told to do and what they are judged by agree.
 * Aliases name the rows a caller joined: a focus person (`fp`) and its category (`c`), a unit
 * (`u`), a resident (`r`), the one row of `population_rules`.
 */

/** The last visit that keeps a focus person on schedule: one that met them (or verified them) since they were listed, before `before` if given. */
export const lastFocusVisitSql = (fp: string, before?: string) =>
  `select max(at) as last_at from visit
    where subject_id = ${fp}.resident_id and kind in ('visit', 'verification') and outcome <> 'not_met' and at >= ${fp}.since${before ? ` and at < ${before}` : ''}`;

/** 特定对象、关爱帮扶: the next visit is due `visit_every_days` after the last one, or after listing. */
export const focusVisitDueSql = (fp: string, c: string, lastVisit: string) =>
  `coalesce(${lastVisit}, ${fp}.since) + make_interval(days => ${c}.visit_every_days)`;

/** The last inspection (or re-check) of a unit, before `before` if given. */
export const lastInspectionSql = (u: string, before?: string) =>
  `select max(at) as last_at from visit where subject_id = ${u}.id and kind in ('inspection', 'recheck')${before ? ` and at < ${before}` : ''}`;

/** Units: a key unit (重点单位) every `key_unit_inspection_days`, any other every `unit_inspection_days`, from the last inspection or registration. */
export const inspectionDueSql = (u: string, rules: string, lastInspection: string) =>
  `coalesce(${lastInspection}, ${u}.created_at) + make_interval(days => ${inspectionDaysSql(u, rules)})`;

export const inspectionDaysSql = (u: string, rules: string) =>
  `case when ${u}.key then ${rules}.key_unit_inspection_days else ${rules}.unit_inspection_days end`;

/**
 * 数据鲜活: a record is verified again `verification_stale_days` after its last verification (or
 * its registration); a floating resident never verified, within `floating_verification_days` of
 * registration. `lastVerified` is when it was last verified as of the moment asked about.
 */
export const verificationDueSql = (r: string, rules: string, lastVerified = `${r}.verified_at`) =>
  `case when ${lastVerified} is null and ${r}.kind = 'floating'
        then ${r}.created_at + make_interval(days => ${rules}.floating_verification_days)
        else coalesce(${lastVerified}, ${r}.created_at) + make_interval(days => ${rules}.verification_stale_days) end`;

/** Why a verification is due, in the worklist's words. */
export const verificationReasonSql = (r: string, rules: string) =>
  `case when ${r}.verified_at is null and ${r}.kind = 'floating'
        then '新登记流动人口 · ' || ${rules}.floating_verification_days || ' 天内上门核查'
        else '超过 ' || ${rules}.verification_stale_days || ' 天未核查' end`;

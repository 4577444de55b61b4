import { refuse } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OfficerRole } from '../officer/officer.entity';
import { ApprovalEntity, ApprovalStatus, DutyKindEntity, ReinforcementLevel, RestrictedDuty, type SignoffLevel } from './approval.entity';

/** The four prohibitions, by the rule each names (东城《社区民警专职化》四不准). */
export const PROHIBITIONS: Record<RestrictedDuty, { code: string; rule: string }> = {
  patrol_car: { code: 'PROHIBITED_PATROL_CAR', rule: '四不准：不准安排社区民警从事 01、02 巡逻车值守' },
  regular_duty: { code: 'PROHIBITED_REGULAR_DUTY', rule: '四不准：不准安排社区民警参与常态勤务、值班值守（一级加强勤务除外）' },
  casework: { code: 'PROHIBITED_CASEWORK', rule: '四不准：不准安排社区民警从事打击办案工作' },
  transfer: { code: 'PROHIBITED_TRANSFER', rule: '四不准：不准未经审批抽调、更换社区民警' },
};

/**
 * The duty kinds a district starts with (it adds its own): the texts' four, as the prohibitions
 * they fall under (值班值守, 驻地安检 and 重大活动安保 are regular duty), and community work.
 */
export const DUTY_KINDS: ReadonlyArray<{ code: string; name: string; restricts: RestrictedDuty | null }> = [
  { code: 'regular_duty', name: '常态勤务（值班备勤）', restricts: RestrictedDuty.regular_duty },
  { code: 'patrol_car', name: '01、02 巡逻车值守', restricts: RestrictedDuty.patrol_car },
  { code: 'security_check', name: '驻地安检', restricts: RestrictedDuty.regular_duty },
  { code: 'major_event', name: '重大活动安保', restricts: RestrictedDuty.regular_duty },
  { code: 'casework', name: '打击办案', restricts: RestrictedDuty.casework },
  { code: 'community_work', name: '社区警务', restricts: null },
  { code: 'community_patrol', name: '社区巡防', restricts: null },
  { code: 'visit', name: '入户走访', restricts: null },
];

/** Whether a prohibition applies to this officer and this kind of duty (full-time community officers only). */
export function prohibitionFor(
  officer: { role: OfficerRole },
  kind: Pick<DutyKindEntity, 'restricts'>,
  reinforcement: ReinforcementLevel,
): RestrictedDuty | null {
  if (officer.role !== OfficerRole.community_full_time || !kind.restricts || kind.restricts === RestrictedDuty.transfer) return null;
  if (kind.restricts === RestrictedDuty.regular_duty && reinforcement === ReinforcementLevel.level_one) return null;
  return kind.restricts;
}

/** A duty kind of the district's list, or the refusal: the list is closed. */
export async function dutyKindOf(em: EntityManager, code: string, field: string): Promise<DutyKindEntity> {
  const kind = await em.findOne(DutyKindEntity, { code });
  if (!kind || !kind.active) refuse('DUTY_KIND_UNKNOWN', '勤务类别不在分局维护的清单中', field);
  return kind;
}

/**
 * The signatures an exception needs, in order: both station chiefs (所长、教导员: 动用社区民警须经
 * 双正职批准), and for regular duty the district as well (确有特殊情况需调用社区民警的，需由派出所
 * 主要领导向分局主管部门报批), as for a transfer (严格履行报备程序).
 */
export const SIGNOFFS_NEEDED: Record<RestrictedDuty, SignoffLevel[]> = {
  patrol_car: ['station', 'station'],
  casework: ['station', 'station'],
  regular_duty: ['station', 'station', 'district'],
  transfer: ['station', 'station', 'district'],
};

/** The signature an exception waits for next, or null once it has them all. */
export const nextSignoff = (a: Pick<ApprovalEntity, 'kind' | 'signoffs'>): SignoffLevel | null => SIGNOFFS_NEEDED[a.kind][a.signoffs.length] ?? null;

export interface DutyWindow {
  startsAt: Date;
  endsAt: Date;
}

const beijing = (d: Date) => new Date(+d + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * 四不准 where an officer is put on duty (an assignment, a roster being generated or edited, a
 * rostered group changed): the officers this kind of duty is prohibited for must each have an approved
 * exception of its kind covering every window; refused with the rule's code and the first gap
 * otherwise. Returns the exceptions that cover them (for their trail). One statement.
 */
export async function requireExceptions(
  em: EntityManager,
  officers: ReadonlyArray<{ id: string; name: string; role: OfficerRole }>,
  kind: Pick<DutyKindEntity, 'restricts'>,
  reinforcement: ReinforcementLevel,
  windows: readonly DutyWindow[],
  field: string,
): Promise<ApprovalEntity[]> {
  const bound = officers.filter((o) => prohibitionFor(o, kind, reinforcement));
  if (!bound.length || !windows.length) return [];
  const restricted = prohibitionFor(bound[0]!, kind, reinforcement)!;
  const first = new Date(Math.min(...windows.map((w) => +w.startsAt)));
  const last = new Date(Math.max(...windows.map((w) => +w.endsAt)));
  const exceptions = await em.find(ApprovalEntity, {
    officer: { $in: bound.map((o) => o.id) },
    kind: restricted,
    status: ApprovalStatus.approved,
    validFrom: { $lt: last },
    validUntil: { $gt: first },
  });
  const used = new Set<ApprovalEntity>();
  for (const o of bound) {
    for (const w of windows) {
      const cover = exceptions.find((a) => a.officer.id === o.id && a.validFrom <= w.startsAt && a.validUntil >= w.endsAt);
      if (cover) {
        used.add(cover);
        continue;
      }
      const { code, rule } = PROHIBITIONS[restricted];
      const when = windows.length > 1 ? `（${beijing(w.startsAt)} 起的班次等）` : '';
      refuse(code, `${o.name}是专职社区民警${when}。${rule}；如确需安排，须先经本所双正职签批的例外审批，且审批覆盖整个时段、未过期`, field);
    }
  }
  return [...used];
}

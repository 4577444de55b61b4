import type { Claims } from '@cp/auth';
import { authorize, Refusal, refuse, userError, type UserError } from '@cp/service-kit';
import { DisputeGrade, RiskLevel, type DisputeEntity } from '../dispute/dispute.entity';
import type { CommunityPlace } from '../../places';

const GRADE_HANDLER: Record<DisputeGrade, string> = {
  [DisputeGrade.ordinary]: '社区民警',
  [DisputeGrade.complex]: '社区警务队长',
  [DisputeGrade.major]: '所长',
};

export const GRADE_RANK: Record<DisputeGrade, number> = { ordinary: 0, complex: 1, major: 2 };
export const GRADE_LABEL: Record<DisputeGrade, string> = { ordinary: '一般', complex: '疑难复杂', major: '重大' };

/** Partners report grid events; handling disputes is police work. */
export const PARTNER_REFUSAL = userError('PARTNER_NOT_ALLOWED', '合作平台只能上报网格事件，不能处置纠纷', 'id');

const isSupervisor = (claims: Claims) => claims.roles.includes('station_head') || claims.roles.includes('district_admin');

/** Partners report grid events and nothing more: refused before anything else is looked at. */
export function refusePartner(claims: Claims | null): void {
  if (claims?.roles.includes('partner')) throw new Refusal([PARTNER_REFUSAL]);
}

/**
 * 分级处置: anyone answering for the place may act on an ordinary dispute; a complex or major
 * one only its handler (team lead, head) or a supervisor.
 */
export function authorizeActor(claims: Claims | null, d: DisputeEntity, needsHandler: boolean | 'strict'): void {
  refusePartner(claims);
  authorize(claims, d, '纠纷');
  if (!needsHandler || isSupervisor(claims!)) return;
  if (claims!.officerId && claims!.officerId === d.handlerOfficerId) return;
  if (d.grade === DisputeGrade.ordinary) {
    // 'strict': what only the one answering for the dispute may record (a transfer's outcome), not anyone of the place
    if (needsHandler !== 'strict' || (claims!.officerId && claims!.officerId === d.assignedOfficerId)) return;
    refuse('DISPUTE_NOT_HANDLER', '只有承办民警或所领导可以登记此项', 'id');
  }
  refuse('DISPUTE_NOT_HANDLER', `该纠纷为${d.grade === DisputeGrade.major ? '重大' : '疑难复杂'}纠纷，应由${GRADE_HANDLER[d.grade]}处置`, 'id');
}

/** Who answers for a place at each grade (a community's place, or the demo's staffing). */
export type HandlerPlace = Pick<CommunityPlace, 'stationHeadId' | 'teamLeadId' | 'dutyOfficerId'>;

/** Who must act at a grade: the assigned community officer, the team lead, or the head. */
export function handlerFor(grade: DisputeGrade, place: HandlerPlace, assignedOfficerId: string | null | undefined): string | null {
  if (grade === DisputeGrade.major) return place.stationHeadId;
  if (grade === DisputeGrade.complex) return place.teamLeadId ?? place.stationHeadId;
  return assignedOfficerId ?? place.dutyOfficerId;
}

/**
 * 分级处置 follows risk: a 较大 dispute is handled at least by the community team lead, a 重大
 * one by the station head in person (所长亲自上案). A grade may be raised above this, never set below.
 */
export const GRADE_FOR_RISK: Record<RiskLevel, DisputeGrade> = {
  [RiskLevel.general]: DisputeGrade.ordinary,
  [RiskLevel.major]: DisputeGrade.complex,
  [RiskLevel.serious]: DisputeGrade.major,
};

/** The grade a dispute must have at least at its risk level, given the grade asked for (or kept). */
export const gradeAtRisk = (risk: RiskLevel, grade: DisputeGrade): DisputeGrade =>
  GRADE_RANK[grade] >= GRADE_RANK[GRADE_FOR_RISK[risk]] ? grade : GRADE_FOR_RISK[risk];

/** Grades below what each risk level requires, for finding disputes entered before the rule. */
export const belowRisk = (Object.entries(GRADE_FOR_RISK) as Array<[RiskLevel, DisputeGrade]>).flatMap(([riskLevel, least]) => {
  const lower = (Object.keys(GRADE_RANK) as DisputeGrade[]).filter((g) => GRADE_RANK[g] < GRADE_RANK[least]);
  return lower.length ? [{ riskLevel, grade: { $in: lower } }] : [];
});

/** New grade, and its handler when the place is known; returns what changed, for the history. */
export function regrade(d: DisputeEntity, grade: DisputeGrade, place: HandlerPlace | null): Record<string, unknown> {
  const from = d.grade;
  d.grade = grade;
  if (place) d.handlerOfficerId = handlerFor(grade, place, d.assignedOfficerId);
  return { from, to: grade, label: `${GRADE_LABEL[from]} → ${GRADE_LABEL[grade]}`, handlerOfficerId: d.handlerOfficerId };
}

/** Refuses a grade below what the risk level requires. */
export function gradeBelowRisk(risk: RiskLevel, grade: DisputeGrade): UserError | null {
  const least = GRADE_FOR_RISK[risk];
  if (GRADE_RANK[grade] >= GRADE_RANK[least]) return null;
  return userError('DISPUTE_GRADE_BELOW_RISK', `风险等级${RISK_LABEL[risk]}的纠纷至少应${GRADE_DUTY[least]}（分级处置）`, 'grade');
}

const RISK_LABEL: Record<RiskLevel, string> = { general: '一般', major: '较大', serious: '重大' };
const GRADE_DUTY: Record<DisputeGrade, string> = { ordinary: '由社区民警处置', complex: '由社区警务队长处置', major: '由所长亲自上案' };

import type { Claims } from '@cp/auth';
import { authorize, Refusal, refuse, userError } from '@cp/service-kit';
import { DisputeGrade, type DisputeEntity } from '../dispute/dispute.entity';
import type { CommunityPlace } from '../../places';

const GRADE_HANDLER: Record<DisputeGrade, string> = {
  [DisputeGrade.ordinary]: '社区民警',
  [DisputeGrade.complex]: '社区警务队长',
  [DisputeGrade.major]: '所长',
};

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
export function authorizeActor(claims: Claims | null, d: DisputeEntity, needsHandler: boolean): void {
  refusePartner(claims);
  authorize(claims, d, '纠纷');
  if (!needsHandler || d.grade === DisputeGrade.ordinary || isSupervisor(claims!)) return;
  if (claims!.officerId && claims!.officerId === d.handlerOfficerId) return;
  refuse('DISPUTE_NOT_HANDLER', `该纠纷为${d.grade === DisputeGrade.major ? '重大' : '疑难复杂'}纠纷，应由${GRADE_HANDLER[d.grade]}处置`, 'id');
}

/** Who must act at a grade: the assigned community officer, the team lead, or the head. */
export function handlerFor(grade: DisputeGrade, place: CommunityPlace, assignedOfficerId: string | null | undefined): string | null {
  if (grade === DisputeGrade.major) return place.stationHeadId;
  if (grade === DisputeGrade.complex) return place.teamLeadId ?? place.stationHeadId;
  return assignedOfficerId ?? place.dutyOfficerId;
}

export const GRADE_RANK: Record<DisputeGrade, number> = { ordinary: 0, complex: 1, major: 2 };
export const GRADE_LABEL: Record<DisputeGrade, string> = { ordinary: '一般', complex: '疑难复杂', major: '重大' };

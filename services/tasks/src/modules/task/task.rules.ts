import { refuse } from '@cp/service-kit';
import { TaskAssignee, TaskDoneBy, type TaskTemplateEntity } from '../template/template.entity';
import type { TaskOfficer } from '../federation/places';
import { TaskSubject } from './task.entity';

/** Which kind of assignee an officer is, by their role in staffing; null for roles no template serves. */
export function assigneeOf(role: string): TaskAssignee | null {
  if (role === 'community_full_time' || role === 'community_part_time') return TaskAssignee.community_officer;
  if (role === 'community_auxiliary') return TaskAssignee.auxiliary;
  if (role === 'community_team_lead') return TaskAssignee.team_lead;
  return null;
}

/**
 * The template's rules for one officer, however the task comes: 四不准 first (a casework or
 * arrest quota never reaches a full-time community officer), then whom the template may go to,
 * then the subject its standard of done needs.
 */
export function checkTemplateFor(template: TaskTemplateEntity, officer: TaskOfficer, subject: { type?: TaskSubject | null; id?: string | null }): void {
  if (template.prohibitedReason && officer.role === 'community_full_time') refuse('TASK_PROHIBITED', template.prohibitedReason, 'templateCode');
  const kind = assigneeOf(officer.role);
  if (!kind || !template.assignees.includes(kind)) refuse('TASK_ASSIGNEE_NOT_ALLOWED', `「${template.name}」不能派给该警员（岗位不符）`, 'officerId');
  const needs = template.doneBy === TaskDoneBy.resident_visit ? TaskSubject.resident : template.doneBy === TaskDoneBy.unit_inspection ? TaskSubject.unit : null;
  if (needs && (subject.type !== needs || !subject.id)) {
    refuse('TASK_SUBJECT_REQUIRED', needs === TaskSubject.resident ? '该任务须指定要走访的人员' : '该任务须指定要检查的单位', 'subjectId');
  }
}

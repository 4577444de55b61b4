import type { TaskTemplateEntity } from './template.entity';
import type { TaskTemplate } from './template.type';

export const toTemplate = (e: TaskTemplateEntity): TaskTemplate => ({
  code: e.code,
  name: e.name,
  description: e.description,
  ways: e.ways,
  assignees: e.assignees,
  doneBy: e.doneBy,
  dueDays: e.dueDays,
  indicatorCode: e.indicatorCode ?? null,
  prohibitedReason: e.prohibitedReason ?? null,
  active: e.active,
});

import type { MikroORM } from '@mikro-orm/postgresql';
import { TaskAssignee, TaskDoneBy, TaskTemplateEntity, TaskWay } from './template.entity';

const { community_officer, auxiliary, team_lead } = TaskAssignee;

/** The district's first catalogue: what stations direct and departments push most often. */
export const TEMPLATE_CATALOGUE: Array<Omit<TaskTemplateEntity, 'active' | 'version'>> = [
  {
    code: 'resident_check',
    name: '人员核查走访',
    description: '上门核查指定人员的居住、联系方式等情况，填写走访或核查记录',
    ways: [TaskWay.directed, TaskWay.pushed],
    assignees: [community_officer, auxiliary],
    doneBy: TaskDoneBy.resident_visit,
    dueDays: 3,
    indicatorCode: 'SPECIAL_PERSON_VISITS',
  },
  {
    code: 'unit_safety_check',
    name: '单位安全检查',
    description: '对指定单位开展消防、治安安全检查，填写检查记录，发现问题限期整改',
    ways: [TaskWay.directed, TaskWay.pushed],
    assignees: [community_officer, team_lead],
    doneBy: TaskDoneBy.unit_inspection,
    dueDays: 7,
    indicatorCode: 'KEY_UNIT_INSPECTIONS',
  },
  {
    code: 'situation_report',
    name: '社情反馈',
    description: '了解并书面反馈社区内指定事项的情况',
    ways: [TaskWay.directed, TaskWay.pushed],
    assignees: [community_officer, auxiliary, team_lead],
    doneBy: TaskDoneBy.report,
    dueDays: 5,
  },
  {
    code: 'casework_quota',
    name: '办案、抓捕指标',
    description: '刑事打击、抓捕逃犯等办案指标',
    ways: [TaskWay.pushed],
    assignees: [team_lead],
    doneBy: TaskDoneBy.report,
    dueDays: 30,
    prohibitedReason: '四不准：不准给专职社区民警下达办案、抓捕等打击指标',
  },
];

export async function seedTemplates(orm: MikroORM): Promise<string> {
  const em = orm.em.fork();
  if (await em.count(TaskTemplateEntity)) return 'templates: kept';
  for (const t of TEMPLATE_CATALOGUE) em.create(TaskTemplateEntity, t);
  await em.flush();
  return `templates: ${TEMPLATE_CATALOGUE.length}`;
}

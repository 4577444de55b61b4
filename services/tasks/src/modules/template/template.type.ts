import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TaskAssignee, TaskDoneBy, TaskWay } from './template.entity';

registerEnumType(TaskWay, {
  name: 'TaskWay',
  description: '任务来源',
  valuesConfig: { directed: { description: '指令任务：所长、社区警务队长下达' }, pushed: { description: '推送任务：职能部门经准入推送' } },
});
registerEnumType(TaskAssignee, {
  name: 'TaskAssignee',
  description: '任务可派给',
  valuesConfig: { community_officer: { description: '社区民警' }, auxiliary: { description: '社区辅警' }, team_lead: { description: '社区警务队长' } },
});
registerEnumType(TaskDoneBy, {
  name: 'TaskDoneBy',
  description: '完成标准：以哪条记录为准',
  valuesConfig: {
    resident_visit: { description: '人员走访：下达后对该人员的走访或核查记录' },
    unit_inspection: { description: '单位检查：下达后对该单位的检查或复核记录' },
    report: { description: '书面反馈：写明发现的情况' },
  },
});

@ObjectType({ description: '任务标准件' })
export class TaskTemplate {
  @Field(() => ID) code!: string;
  @Field() name!: string;
  @Field({ description: '任务内容与要求' }) description!: string;
  @Field(() => [TaskWay], { description: '可通过哪些方式下达' }) ways!: TaskWay[];
  @Field(() => [TaskAssignee]) assignees!: TaskAssignee[];
  @Field(() => TaskDoneBy) doneBy!: TaskDoneBy;
  @Field(() => Int, { description: '下达后几天内完成' }) dueDays!: number;
  @Field(() => String, { nullable: true, description: '计入的考核指标代码' }) indicatorCode!: string | null;
  @Field(() => String, { nullable: true, description: '禁止派给专职社区民警的原因（如办案、抓捕指标）' }) prohibitedReason!: string | null;
  @Field() active!: boolean;
}

import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum WorkItemKind {
  special_visit = 'special_visit',
  care_visit = 'care_visit',
  unit_inspection = 'unit_inspection',
  unit_recheck = 'unit_recheck',
  verification = 'verification',
}
registerEnumType(WorkItemKind, {
  name: 'WorkItemKind',
  description: '工作事项类别',
  valuesConfig: {
    special_visit: { description: '特定对象走访' },
    care_visit: { description: '关爱帮扶走访' },
    unit_inspection: { description: '单位检查' },
    unit_recheck: { description: '整改复核' },
    verification: { description: '信息核查（长期未核查的记录）' },
  },
});

@ObjectType({ description: '一项到期或逾期的工作：由排程计算得出，不需录入' })
export class WorkItem {
  @Field(() => WorkItemKind) kind!: WorkItemKind;
  @Field({ description: '应完成时间 (ISO 8601)' }) dueAt!: string;
  @Field(() => Int, { description: '逾期天数；0 为今日或以后到期' }) overdueDays!: number;
  @Field({ description: '事由，如「严重精神障碍患者 · 每 30 天走访」' }) reason!: string;
  @Field(() => String, { nullable: true, description: '上次走访/检查时间' }) lastAt!: string | null;
  @Field(() => ID, { nullable: true, description: '对象为人员时' }) residentId!: string | null;
  @Field(() => ID, { nullable: true, description: '对象为单位时' }) unitId!: string | null;
  communityId!: string;
}

@ObjectType({ description: '某类事项的数量' })
export class WorkCount {
  @Field(() => WorkItemKind) kind!: WorkItemKind;
  @Field(() => Int, { description: '今日到期' }) dueToday!: number;
  @Field(() => Int, { description: '已逾期' }) overdue!: number;
  @Field(() => Int, { description: '即将到期（所查天数内）' }) upcoming!: number;
}

@ObjectType({ description: '每日重点工作：今日到期与逾期的走访、检查、复核、核查' })
export class Worklist {
  @Field({ description: '日期 YYYY-MM-DD（北京时间）' }) date!: string;
  @Field(() => [WorkCount]) counts!: WorkCount[];
  @Field(() => [WorkItem], { description: '最早到期在前；每类最多 200 项' }) items!: WorkItem[];
}

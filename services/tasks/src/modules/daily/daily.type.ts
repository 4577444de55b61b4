import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Task } from '../task/task.type';

@ObjectType({ description: '每日提醒：每天 8:00（北京时间）推送给民警的当日待办' })
export class DailyList {
  @Field({ description: '日期 YYYY-MM-DD（北京时间）' }) day!: string;
  @Field() sentAt!: string;
  @Field(() => Int, { description: '待办合计' }) open!: number;
  @Field(() => Int) dueToday!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int, { description: '规定任务（今日到期与逾期）' }) standing!: number;
  @Field(() => Int, { description: '指令任务' }) directed!: number;
  @Field(() => Int, { description: '推送任务' }) pushed!: number;
}

export enum TaskEventKind {
  task = 'task',
  daily = 'daily',
  weekly = 'weekly',
}

registerEnumType(TaskEventKind, {
  name: 'TaskEventKind',
  description: '收件箱动态',
  valuesConfig: {
    task: { description: '新任务：新下达或推送给本人的任务' },
    daily: { description: '每日提醒：当天 8:00 的待办清单' },
    weekly: { description: '每周通报：上周本所的任务办理情况（所长）' },
  },
});

@ObjectType({ description: '收件箱动态：新任务或每日提醒，收到后可重新读取收件箱' })
export class TaskEvent {
  @Field(() => TaskEventKind) kind!: TaskEventKind;
  @Field(() => Task, { nullable: true }) task!: Task | null;
  @Field(() => DailyList, { nullable: true }) daily!: DailyList | null;
  @Field(() => WeeklySummary, { nullable: true }) weekly!: WeeklySummary | null;
}

/** What travels on the channel: ids only (NOTIFY payloads are small); the event is read per subscriber. */
export interface TaskEventMessage {
  officerId: string;
  kind: TaskEventKind;
  taskId?: string;
  day?: string;
  /** the weekly summary's station and week */
  stationId?: string;
  week?: string;
}

export const TASK_EVENTS = 'task_events';

@ObjectType({ description: '每周通报中一名民警的一行' })
export class WeeklyLineType {
  @Field() officerId!: string;
  @Field() name!: string;
  @Field(() => Int, { description: '上周收到的指令、推送任务' }) issued!: number;
  @Field(() => Int, { description: '上周完成' }) done!: number;
  @Field(() => Int, { description: '其中逾期完成' }) doneLate!: number;
  @Field(() => Int, { description: '该周末前到期、至今仍未完成' }) openOverdue!: number;
}

@ObjectType({ description: '每周通报：上周本所民警收到与完成的任务、逾期情况，及职能部门的推送（周一 8:00 发给所长）' })
export class WeeklySummary {
  @Field(() => ID) stationId!: string;
  @Field({ description: '周，如 2026-W48' }) week!: string;
  @Field() sentAt!: string;
  @Field(() => [WeeklyLineType]) lines!: WeeklyLineType[];
  @Field(() => Int, { description: '上周经准入送达的推送' }) pushesAdmitted!: number;
  @Field(() => Int, { description: '上周被拒的推送' }) pushesRefused!: number;
}

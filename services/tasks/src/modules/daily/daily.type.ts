import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
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
}

registerEnumType(TaskEventKind, {
  name: 'TaskEventKind',
  description: '收件箱动态',
  valuesConfig: { task: { description: '新任务：新下达或推送给本人的任务' }, daily: { description: '每日提醒：当天 8:00 的待办清单' } },
});

@ObjectType({ description: '收件箱动态：新任务或每日提醒，收到后可重新读取收件箱' })
export class TaskEvent {
  @Field(() => TaskEventKind) kind!: TaskEventKind;
  @Field(() => Task, { nullable: true }) task!: Task | null;
  @Field(() => DailyList, { nullable: true }) daily!: DailyList | null;
}

/** What travels on the channel: ids only (NOTIFY payloads are small); the event is read per subscriber. */
export interface TaskEventMessage {
  officerId: string;
  kind: TaskEventKind;
  taskId?: string;
  day?: string;
}

export const TASK_EVENTS = 'task_events';

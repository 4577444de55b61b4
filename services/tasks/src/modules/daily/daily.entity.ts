import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 每日提醒: the list an officer received at 08:00 Beijing time on a day, as counts by source.
 * One row per officer and day (the primary key), so two replicas running the morning push
 * can never send an officer two lists.
 */
@Entity({ tableName: 'task_daily_list' })
export class DailyListEntity {
  @PrimaryKey({ type: 'uuid' }) officerId!: string;
  /** The Beijing date, YYYY-MM-DD. */
  @PrimaryKey({ type: 'string', length: 10 }) day!: string;
  @Property({ type: 'datetime' }) sentAt!: Date;
  @Property({ type: 'int' }) open!: number;
  @Property({ type: 'int' }) dueToday!: number;
  @Property({ type: 'int' }) overdue!: number;
  /** 规定任务 due today or overdue. */
  @Property({ type: 'int' }) standing!: number;
  /** 指令任务 open. */
  @Property({ type: 'int' }) directed!: number;
  /** 推送任务 open. */
  @Property({ type: 'int' }) pushed!: number;
}

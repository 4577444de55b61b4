import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One officer's line of a station's weekly summary. */
export interface WeeklyLine {
  officerId: string;
  name: string;
  issued: number;
  done: number;
  doneLate: number;
  openOverdue: number;
}

/**
 * 每周通报: what the station's officers were given and did last week (ISO week, Beijing time), and
 * what departments pushed at them. One row per station and week, sent to its heads on Monday.
 */
@Entity({ tableName: 'task_weekly_summary' })
export class WeeklySummaryEntity {
  @PrimaryKey({ type: 'uuid' }) stationId!: string;
  /** `2026-W48` */
  @PrimaryKey({ type: 'string', length: 8 }) week!: string;
  @Property({ type: 'datetime' }) sentAt!: Date;
  @Property({ type: 'json' }) lines!: WeeklyLine[];
  @Property({ type: 'int' }) pushesAdmitted!: number;
  @Property({ type: 'int' }) pushesRefused!: number;
}

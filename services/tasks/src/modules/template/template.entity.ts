import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** How a task reaches an officer. */
export enum TaskWay {
  /** 指令任务: from the station head or the team lead. */
  directed = 'directed',
  /** 推送任务: from a functional department, through the admission gate. */
  pushed = 'pushed',
}

/** Who a task may go to: the officer's kind of post. */
export enum TaskAssignee {
  community_officer = 'community_officer',
  auxiliary = 'auxiliary',
  team_lead = 'team_lead',
}

/** The record that closes a task: never a ticked box. */
export enum TaskDoneBy {
  /** A visit or verification of the named resident, made after the task was issued. */
  resident_visit = 'resident_visit',
  /** An inspection or re-check of the named unit, made after the task was issued. */
  unit_inspection = 'unit_inspection',
  /** A written report of what was found (at least a sentence), kept with the task. */
  report = 'report',
}

/**
 * 任务标准件: what a task is, who may issue it, to whom it may go, what closes it, when it is
 * due and which indicator it feeds. The district keeps the catalogue. A template marked
 * `prohibitedReason` (a casework or arrest quota) can never reach a full-time community officer.
 */
@Entity({ tableName: 'task_template' })
export class TaskTemplateEntity {
  [OptionalProps]?: 'active' | 'version' | 'indicatorCode' | 'prohibitedReason';
  @PrimaryKey({ type: 'string', length: 64 }) code!: string;
  @Property({ type: 'string' }) name!: string;
  @Property({ type: 'text' }) description!: string;
  @Enum({ items: () => TaskWay, array: true }) ways!: TaskWay[];
  @Enum({ items: () => TaskAssignee, array: true }) assignees!: TaskAssignee[];
  @Enum({ items: () => TaskDoneBy, nativeEnumName: 'task_done_by' }) doneBy!: TaskDoneBy;
  @Property({ type: 'integer' }) dueDays!: number;
  @Property({ type: 'string', nullable: true }) indicatorCode?: string | null;
  @Property({ type: 'text', nullable: true }) prohibitedReason?: string | null;
  @Property({ type: 'boolean', default: true }) active: boolean = true;
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TaskWay } from '../template/template.entity';

export enum TaskStatus {
  open = 'open',
  done = 'done',
}

export enum TaskSubject {
  resident = 'resident',
  unit = 'unit',
}

/**
 * A directed or pushed task for one officer, from a template: who asked, by when, and, once
 * done, the record that closed it (a visit's id) or the report written.
 */
@Entity({ tableName: 'task' })
@Index({ properties: ['officerId', 'status', 'dueAt'] })
@Index({ properties: ['stationId', 'issuedAt'] })
export class TaskEntity {
  [OptionalProps]?: 'detail' | 'departmentCode' | 'subjectType' | 'subjectId' | 'doneAt' | 'recordId' | 'report' | 'version';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 64 }) templateCode!: string;
  @Enum({ items: () => TaskWay, nativeEnumName: 'task_way' }) way!: TaskWay;
  @Property({ type: 'string' }) title!: string;
  @Property({ type: 'text', nullable: true }) detail?: string | null;
  @Property({ type: 'string' }) issuedBy!: string;
  @Property({ type: 'string' }) issuerName!: string;
  @Property({ type: 'string', length: 64, nullable: true }) departmentCode?: string | null;
  @Property({ type: 'uuid' }) officerId!: string;
  @Property({ type: 'uuid' }) stationId!: string;
  @Enum({ items: () => TaskSubject, nativeEnumName: 'task_subject', nullable: true }) subjectType?: TaskSubject | null;
  @Property({ type: 'uuid', nullable: true }) subjectId?: string | null;
  @Property({ type: 'datetime' }) issuedAt!: Date;
  @Property({ type: 'datetime' }) dueAt!: Date;
  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status' }) status!: TaskStatus;
  @Property({ type: 'datetime', nullable: true }) doneAt?: Date | null;
  @Property({ type: 'uuid', nullable: true }) recordId?: string | null;
  @Property({ type: 'text', nullable: true }) report?: string | null;
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

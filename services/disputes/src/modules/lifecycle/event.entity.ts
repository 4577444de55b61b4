import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { DisputeEntity, type DisputeStatus } from '../dispute/dispute.entity';

/** What happened in a dispute's history. */
export enum DisputeEventKind {
  registered = 'registered',
  transition = 'transition',
  grade_changed = 'grade_changed',
  assigned = 'assigned',
  progress = 'progress',
  transfer_received = 'transfer_received',
  repeat_linked = 'repeat_linked',
  notice_issued = 'notice_issued',
}

export interface AttachmentMeta {
  name: string;
  contentType: string;
  size: number;
  sha256?: string | null;
}

/**
 * One entry of a dispute's history: immutable (a trigger refuses update and delete), so the
 * timeline is what happened, not what someone later wished had happened.
 */
@Entity({ tableName: 'dispute_event' })
@Index({ properties: ['dispute', 'at'] })
@Index({ properties: ['at'] })
@Index({ properties: ['actorOfficerId', 'at'] })
export class DisputeEventEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => DisputeEntity, { deleteRule: 'no action' }) dispute!: DisputeEntity;
  @Property({ type: 'datetime' }) at!: Date;
  @Property({ type: 'string' }) kind!: DisputeEventKind;
  @Property({ type: 'string', nullable: true }) action?: string | null;
  @Property({ type: 'string', nullable: true }) fromStatus?: DisputeStatus | null;
  @Property({ type: 'string', nullable: true }) toStatus?: DisputeStatus | null;
  /** The caller's user id (or partner client) and display name at the time. */
  @Property({ type: 'string' }) actorId!: string;
  @Property({ type: 'string' }) actorName!: string;
  /** The officer the caller is, when they are one: the officer's work log and the ledgers read it. */
  @Property({ type: 'uuid', nullable: true }) actorOfficerId?: string | null;
  @Property({ type: 'text', nullable: true }) note?: string | null;
  @Property({ type: 'json', default: '[]' }) attachments: AttachmentMeta[] = [];
  /** Kind-specific facts, e.g. the grade before and after. */
  @Property({ type: 'json', nullable: true }) details?: Record<string, unknown> | null;
}

import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { DisputeEntity } from '../dispute/dispute.entity';

/** A partner's grid event, remembered by its idempotency key so a retry creates nothing new. */
@Entity({ tableName: 'grid_event_report' })
export class GridEventReportEntity {
  /** The reporting client (the caller's subject). Keys are unique per client, not globally. */
  @PrimaryKey({ type: 'string' }) caller!: string;
  @PrimaryKey({ type: 'string' }) idempotencyKey!: string;
  /** SHA-256 of the report, to refuse the same key with a different event. */
  @Property({ type: 'string' }) payloadHash!: string;
  /** Null only inside the transaction that claims the key and then writes the dispute. */
  @ManyToOne(() => DisputeEntity, { nullable: true }) dispute?: DisputeEntity | null;
  @Property({ type: 'datetime' }) createdAt!: Date;
}

import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DisputeEntity } from '../dispute/dispute.entity';

/** 三调联动: the bodies a dispute outside police jurisdiction goes to. */
export enum TransferTarget {
  peoples_mediation = 'peoples_mediation',
  judicial_office = 'judicial_office',
  governance_centre = 'governance_centre',
}

export enum TransferOutcome {
  resolved = 'resolved',
  returned = 'returned',
}

/**
 * 接收单位名录: the mediation committees, judicial offices and centres a dispute can go to, kept
 * by the district; a station sees the district's own and its area's (`stationId`).
 */
@Entity({ tableName: 'receiving_body' })
export class ReceivingBodyEntity {
  [OptionalProps]?: 'active' | 'stationId' | 'phone';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Enum({ items: () => TransferTarget, nativeEnumName: 'transfer_target' }) target!: TransferTarget;
  @Property({ type: 'string', unique: true }) name!: string;
  /** The station whose area it serves; null for the whole district (e.g. 区综治中心). */
  @Property({ type: 'uuid', nullable: true }) stationId?: string | null;
  @Property({ type: 'string', nullable: true }) phone?: string | null;
  @Property({ type: 'boolean' }) active: boolean = true;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** A transfer out, tracked back: receipt, due date, outcome. */
@Entity({ tableName: 'dispute_transfer' })
export class DisputeTransferEntity {
  [OptionalProps]?: 'receiver' | 'receivedAt' | 'receivedBy' | 'outcome' | 'outcomeNote' | 'outcomeAt';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => DisputeEntity, { index: true }) dispute!: DisputeEntity;
  @Enum({ items: () => TransferTarget, nativeEnumName: 'transfer_target' }) target!: TransferTarget;
  /** The body from the directory (null on transfers made before it existed) and its name at the time. */
  @ManyToOne(() => ReceivingBodyEntity, { nullable: true, index: true }) receiver?: ReceivingBodyEntity | null;
  @Property({ type: 'string' }) receiverName!: string;
  @Property({ type: 'datetime' }) transferredAt!: Date;
  @Property({ type: 'datetime' }) dueAt!: Date;
  @Property({ type: 'datetime', nullable: true }) receivedAt?: Date | null;
  @Property({ type: 'string', nullable: true }) receivedBy?: string | null;
  @Enum({ items: () => TransferOutcome, nativeEnumName: 'transfer_outcome', nullable: true }) outcome?: TransferOutcome | null;
  @Property({ type: 'text', nullable: true }) outcomeNote?: string | null;
  @Property({ type: 'datetime', nullable: true }) outcomeAt?: Date | null;
}

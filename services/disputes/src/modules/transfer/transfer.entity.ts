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

/** A transfer out, tracked back: receipt, due date, outcome. */
@Entity({ tableName: 'dispute_transfer' })
export class DisputeTransferEntity {
  [OptionalProps]?: 'receivedAt' | 'receivedBy' | 'outcome' | 'outcomeNote' | 'outcomeAt';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => DisputeEntity, { index: true }) dispute!: DisputeEntity;
  @Enum({ items: () => TransferTarget, nativeEnumName: 'transfer_target' }) target!: TransferTarget;
  /** The receiving body by name, e.g. 东四街道人民调解委员会. */
  @Property({ type: 'string' }) receiverName!: string;
  @Property({ type: 'datetime' }) transferredAt!: Date;
  @Property({ type: 'datetime' }) dueAt!: Date;
  @Property({ type: 'datetime', nullable: true }) receivedAt?: Date | null;
  @Property({ type: 'string', nullable: true }) receivedBy?: string | null;
  @Enum({ items: () => TransferOutcome, nativeEnumName: 'transfer_outcome', nullable: true }) outcome?: TransferOutcome | null;
  @Property({ type: 'text', nullable: true }) outcomeNote?: string | null;
  @Property({ type: 'datetime', nullable: true }) outcomeAt?: Date | null;
}

import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { DisputeEntity } from '../dispute/dispute.entity';

export type RepeatReason = 'same_party' | 'same_address';

/** A dispute flagged as a repeat of an earlier one (重复报警), and why. */
@Entity({ tableName: 'dispute_repeat_link' })
export class DisputeRepeatLinkEntity {
  @ManyToOne(() => DisputeEntity, { primary: true }) dispute!: DisputeEntity;
  @ManyToOne(() => DisputeEntity, { primary: true, index: true }) earlier!: DisputeEntity;
  @Property({ type: 'json' }) reasons!: RepeatReason[];
}

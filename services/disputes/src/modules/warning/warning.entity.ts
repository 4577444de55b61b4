import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DisputeEntity } from '../dispute/dispute.entity';

/** 监测—预警: what the rules watch for. */
export enum WarningKind {
  repeat = 'repeat',
  rising_risk = 'rising_risk',
  overdue_progress = 'overdue_progress',
  overdue_transfer = 'overdue_transfer',
}

export enum WarningStatus {
  open = 'open',
  acknowledged = 'acknowledged',
  closed = 'closed',
}

/**
 * A warning raised by a rule, never typed in. At most one not-closed warning per dispute and
 * kind (a partial unique index), so a rule that fires again does not pile up duplicates.
 */
@Entity({ tableName: 'dispute_warning' })
@Index({ properties: ['raisedAt', 'id'] })
export class DisputeWarningEntity {
  [OptionalProps]?: 'acknowledgedAt' | 'acknowledgedBy' | 'closedAt' | 'closedBy' | 'closingNote';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => DisputeEntity, { index: true }) dispute!: DisputeEntity;
  @Enum({ items: () => WarningKind, nativeEnumName: 'warning_kind' }) kind!: WarningKind;
  @Property({ type: 'text' }) message!: string;
  @Property({ type: 'datetime' }) raisedAt!: Date;
  @Enum({ items: () => WarningStatus, nativeEnumName: 'warning_status' }) status!: WarningStatus;
  @Property({ type: 'datetime', nullable: true }) acknowledgedAt?: Date | null;
  @Property({ type: 'string', nullable: true }) acknowledgedBy?: string | null;
  @Property({ type: 'datetime', nullable: true }) closedAt?: Date | null;
  @Property({ type: 'string', nullable: true }) closedBy?: string | null;
  @Property({ type: 'text', nullable: true }) closingNote?: string | null;
  @Property({ type: 'integer', version: true }) version!: number;
}

import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DisputeEntity } from '../dispute/dispute.entity';

export enum RiskNoticeKind {
  notice = 'notice',
  reminder = 'reminder',
}

/** 风险告知单 / 提示函: a risk handed to another department, until it acknowledges. */
@Entity({ tableName: 'risk_notice' })
export class RiskNoticeEntity {
  [OptionalProps]?: 'acknowledgedAt' | 'acknowledgedBy';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => DisputeEntity, { index: true }) dispute!: DisputeEntity;
  @Enum({ items: () => RiskNoticeKind, nativeEnumName: 'risk_notice_kind' }) kind!: RiskNoticeKind;
  @Property({ type: 'string' }) department!: string;
  @Property({ type: 'text' }) content!: string;
  @Property({ type: 'datetime' }) issuedAt!: Date;
  @Property({ type: 'string' }) issuedBy!: string;
  @Property({ type: 'datetime', nullable: true }) acknowledgedAt?: Date | null;
  /** Who at the department acknowledged, as they signed. */
  @Property({ type: 'string', nullable: true }) acknowledgedBy?: string | null;
  @Property({ type: 'integer', version: true }) version!: number;
}

import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { IndicatorEntity } from '../indicator/indicator.entity';

/**
 * The value of a manual indicator (人工录入) for one community and period, with the evidence it
 * rests on: only for what the system cannot count itself (a hazard found and fixed, accepted at
 * year end). Revised at the version seen until the period is published.
 */
@Entity({ tableName: 'manual_value' })
@Unique({ properties: ['indicator', 'periodCode', 'communityId'] })
export class ManualValueEntity {
  [OptionalProps]?: 'version';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => IndicatorEntity) indicator!: IndicatorEntity;
  @Property({ type: 'string' }) periodCode!: string;
  @Property({ type: 'uuid' }) communityId!: string;
  @Property({ type: 'uuid' }) stationId!: string;
  @Property({ type: 'decimal', precision: 10, scale: 2 }) value!: string;
  /** 佐证: what was done, where the papers are (acceptance record, case number…). */
  @Property({ type: 'text' }) evidence!: string;
  @Property({ type: 'string' }) recordedBy!: string;
  @Property({ type: 'datetime' }) recordedAt!: Date;
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

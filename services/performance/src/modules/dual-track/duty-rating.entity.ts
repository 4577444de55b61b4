import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * 短线: the duty deputy's score (0–100) of an officer's duty work (值班工作) in a period, with the
 * facts it rests on. Combined 50/50 with the long line, the officer's computed scorecard.
 */
@Entity({ tableName: 'duty_rating' })
@Unique({ properties: ['periodCode', 'officerId'] })
export class DutyRatingEntity {
  [OptionalProps]?: 'version';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string' }) periodCode!: string;
  @Property({ type: 'uuid' }) officerId!: string;
  @Property({ type: 'uuid' }) stationId!: string;
  @Property({ type: 'smallint' }) score!: number;
  /** What the score rests on (shifts worked, incidents handled, lapses). */
  @Property({ type: 'text' }) basis!: string;
  @Property({ type: 'string' }) ratedBy!: string;
  @Property({ type: 'datetime' }) ratedAt!: Date;
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

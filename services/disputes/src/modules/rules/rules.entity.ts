import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The district's settings for the dispute rules: one row, edited by a district admin. */
@Entity({ tableName: 'dispute_rules' })
export class DisputeRulesEntity {
  @PrimaryKey({ type: 'integer', autoincrement: false }) id: number = 1;
  /** A new dispute with the same parties or address within this many days is a repeat. */
  @Property({ type: 'integer', default: 90 }) repeatWindowDays: number = 90;
  /** 每周汇报: progress is due this many days after the last report. */
  @Property({ type: 'integer', default: 7 }) progressIntervalDays: number = 7;
  /** Default time a three-mediation body has to report an outcome. */
  @Property({ type: 'integer', default: 15 }) transferDueDays: number = 15;
  /** A risk score at or above this is high (rising-risk warning, red on the map). */
  @Property({ type: 'integer', default: 60 }) highRiskScore: number = 60;
  @Property({ type: 'integer', version: true }) version!: number;
}

import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * 群众安全感满意度: the answers of one survey round in a community (a door-to-door or telephone
 * sample), as counts. The satisfaction rate of a period is over the rounds held in it. A round
 * is never edited: a correction is a new round naming the one it replaces (which then no longer
 * counts), so what was first entered, by whom, stays on the record.
 */
@Entity({ tableName: 'survey_round' })
@Index({ properties: ['communityId', 'surveyedOn'] })
@Unique({
  name: 'survey_round_corrects_id_unique',
  expression: 'create unique index "survey_round_corrects_id_unique" on "survey_round" ("corrects_id") where "corrects_id" is not null',
})
export class SurveyRoundEntity {
  [OptionalProps]?: 'recordedAt' | 'note' | 'correctsId';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) communityId!: string;
  @Property({ type: 'date' }) surveyedOn!: string;
  @Property({ type: 'integer' }) satisfied!: number;
  @Property({ type: 'integer' }) basicallySatisfied!: number;
  @Property({ type: 'integer' }) unsatisfied!: number;
  @Property({ type: 'text', nullable: true }) note?: string | null;
  @Property({ type: 'string' }) recordedBy!: string;
  /** The round this one corrects (same community and date). */
  @Property({ type: 'uuid', nullable: true }) correctsId?: string | null;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) recordedAt: Date = new Date();
}

import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 群众安全感满意度: the answers of one survey round in a community (a door-to-door or telephone
 * sample), as counts. The satisfaction rate of a period is over the rounds held in it.
 */
@Entity({ tableName: 'survey_round' })
@Index({ properties: ['communityId', 'surveyedOn'] })
export class SurveyRoundEntity {
  [OptionalProps]?: 'recordedAt' | 'note';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) communityId!: string;
  @Property({ type: 'date' }) surveyedOn!: string;
  @Property({ type: 'integer' }) satisfied!: number;
  @Property({ type: 'integer' }) basicallySatisfied!: number;
  @Property({ type: 'integer' }) unsatisfied!: number;
  @Property({ type: 'text', nullable: true }) note?: string | null;
  @Property({ type: 'string' }) recordedBy!: string;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) recordedAt: Date = new Date();
}

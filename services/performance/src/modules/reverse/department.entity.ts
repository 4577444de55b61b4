import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A functional department of the district (职能部门) whose support the stations rate. */
@Entity({ tableName: 'department' })
export class DepartmentEntity {
  [OptionalProps]?: 'active' | 'version';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', unique: true }) code!: string;
  @Property({ type: 'string' }) name!: string;
  /** What the stations count on it for. */
  @Property({ type: 'text' }) supports!: string;
  @Property({ type: 'boolean', default: true }) active: boolean = true;
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

/**
 * 逆考评: one station's rating of one department's support in one period, on three criteria
 * scored 0–100. A station revises its own rating (optimistic locking) until the period is published.
 */
@Entity({ tableName: 'department_rating' })
@Unique({ properties: ['periodCode', 'stationId', 'department'] })
export class DepartmentRatingEntity {
  [OptionalProps]?: 'version' | 'comment';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string' }) periodCode!: string;
  @Property({ type: 'uuid' }) stationId!: string;
  @ManyToOne(() => DepartmentEntity) department!: DepartmentEntity;
  /** 响应及时: requests answered in time. */
  @Property({ type: 'smallint' }) responsiveness!: number;
  /** 支撑有效: the help solved the problem. */
  @Property({ type: 'smallint' }) effectiveness!: number;
  /** 不转嫁责任: kept its own duties instead of passing them down to the station. */
  @Property({ type: 'smallint' }) ownership!: number;
  @Property({ type: 'text', nullable: true }) comment?: string | null;
  @Property({ type: 'string' }) ratedBy!: string;
  @Property({ type: 'datetime' }) ratedAt!: Date;
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

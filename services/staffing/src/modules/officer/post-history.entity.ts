import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { OfficerEntity } from './officer.entity';

/** Who held which community post when (a post change closes one row and opens another). */
@Entity({ tableName: 'post_history' })
export class PostHistoryEntity {
  [OptionalProps]?: 'endedAt' | 'reason';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => OfficerEntity, { index: true }) officer!: OfficerEntity;
  @Property({ type: 'uuid' }) communityId!: string;
  @Property({ type: 'string' }) role!: string;
  @Property({ type: 'datetime' }) startedAt!: Date;
  @Property({ type: 'datetime', nullable: true }) endedAt?: Date | null;
  @Property({ type: 'string', nullable: true }) reason?: string | null;
}

import { Entity, Enum, ManyToOne, PrimaryKey, Unique } from '@mikro-orm/core';
import { Property } from '@mikro-orm/core';
import { OfficerEntity } from '../officer/officer.entity';

export enum PostRole {
  A = 'A',
  B = 'B',
}

/** A community post: each community has one A-role (主责) and one B-role (backup) officer. */
@Entity({ tableName: 'community_post' })
@Unique({ properties: ['communityId', 'role'] })
export class PostEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  /** population's community id */
  @Property({ type: 'uuid', index: true }) communityId!: string;
  @ManyToOne(() => OfficerEntity, { index: true }) officer!: OfficerEntity;
  @Enum({ items: () => PostRole, nativeEnumName: 'post_role' }) role!: PostRole;
}

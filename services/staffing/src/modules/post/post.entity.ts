import { Entity, Enum, Index, ManyToOne, PrimaryKey } from '@mikro-orm/core';
import { Property } from '@mikro-orm/core';
import { OfficerEntity } from '../officer/officer.entity';

export enum PostRole {
  A = 'A',
  B = 'B',
  /** 辅警 attached to the community (一警两辅: two per community officer). */
  AUX = 'AUX',
}

/**
 * A community post: each community has one A-role (主责) and one B-role (backup) officer, and
 * any number of auxiliaries.
 */
@Entity({ tableName: 'community_post' })
@Index({
  name: 'community_post_ab_unique',
  expression: `create unique index "community_post_ab_unique" on "community_post" ("community_id", "role") where "role" in ('A', 'B')`,
})
export class PostEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  /** population's community id */
  @Property({ type: 'uuid', index: true }) communityId!: string;
  @ManyToOne(() => OfficerEntity, { index: true }) officer!: OfficerEntity;
  @Enum({ items: () => PostRole, nativeEnumName: 'post_role' }) role!: PostRole;
}

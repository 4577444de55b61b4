import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { CommunityEntity, GridEntity } from '../jurisdiction/jurisdiction.entity';

/** 标准地址: a normalised, unique address down to the room. */
@Entity({ tableName: 'standard_address' })
// an address typed without its city and district prefix is found by its ending
@Index({
  name: 'standard_address_reverse_text_index',
  expression: 'create index "standard_address_reverse_text_index" on "standard_address" (reverse("full_text") text_pattern_ops)',
})
export class StandardAddressEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', unique: true }) fullText!: string;
  @ManyToOne(() => CommunityEntity, { index: true }) community!: CommunityEntity;
  @ManyToOne(() => GridEntity, { nullable: true }) grid?: GridEntity | null;
  @Property({ type: 'double', nullable: true }) lat?: number | null;
  @Property({ type: 'double', nullable: true }) lng?: number | null;
}

import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { CommunityEntity, GridEntity } from '../jurisdiction/jurisdiction.entity';

/** 标准地址: a normalised, unique address down to the room. */
@Entity({ tableName: 'standard_address' })
export class StandardAddressEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', unique: true }) fullText!: string;
  @ManyToOne(() => CommunityEntity, { index: true }) community!: CommunityEntity;
  @ManyToOne(() => GridEntity, { nullable: true }) grid?: GridEntity | null;
  @Property({ type: 'double', nullable: true }) lat?: number | null;
  @Property({ type: 'double', nullable: true }) lng?: number | null;
}

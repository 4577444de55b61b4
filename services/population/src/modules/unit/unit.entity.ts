import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { StandardAddressEntity } from '../address/address.entity';
import { CommunityEntity, StationEntity } from '../jurisdiction/jurisdiction.entity';

export enum UnitKind {
  business = 'business',
  school = 'school',
  hospital = 'hospital',
  government = 'government',
  other = 'other',
}

/** 实有单位. Key units (重点单位) are inspected more often than ordinary ones (population rules). */
@Entity({ tableName: 'unit' })
export class UnitEntity {
  [OptionalProps]?: 'createdAt' | 'version' | 'address' | 'contactName' | 'contactPhone';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string' }) name!: string;
  @Enum({ items: () => UnitKind, nativeEnumName: 'unit_kind' }) kind!: UnitKind;
  @Property({ type: 'boolean' }) key!: boolean;
  @ManyToOne(() => StationEntity, { index: true }) station!: StationEntity;
  @ManyToOne(() => CommunityEntity, { index: true }) community!: CommunityEntity;
  @ManyToOne(() => StandardAddressEntity, { nullable: true }) address?: StandardAddressEntity | null;
  @Property({ type: 'string', nullable: true }) contactName?: string | null;
  @Property({ type: 'string', nullable: true }) contactPhone?: string | null;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

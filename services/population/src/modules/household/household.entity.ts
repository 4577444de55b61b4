import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { StandardAddressEntity } from '../address/address.entity';
import { CommunityEntity, StationEntity } from '../jurisdiction/jurisdiction.entity';
import { ResidentEntity } from '../resident/resident.entity';

export enum HouseholdKind {
  family = 'family',
  collective = 'collective',
}

export enum HouseholdRelation {
  head = 'head',
  spouse = 'spouse',
  child = 'child',
  parent = 'parent',
  other = 'other',
}

/** 户: a household under its number (户号), at an address; its members are residents. */
@Entity({ tableName: 'household' })
export class HouseholdEntity {
  [OptionalProps]?: 'createdAt' | 'version' | 'address';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', unique: true }) householdNo!: string;
  @Enum({ items: () => HouseholdKind, nativeEnumName: 'household_kind' }) kind!: HouseholdKind;
  @ManyToOne(() => StationEntity) station!: StationEntity;
  @ManyToOne(() => CommunityEntity, { index: true }) community!: CommunityEntity;
  @ManyToOne(() => StandardAddressEntity, { nullable: true }) address?: StandardAddressEntity | null;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

/** A resident's place in a household: one household each, at most one head per household. */
@Entity({ tableName: 'household_member' })
@Unique({ name: 'household_one_head', expression: `create unique index "household_one_head" on "household_member" ("household_id") where "relation" = 'head'` })
export class HouseholdMemberEntity {
  @ManyToOne(() => ResidentEntity, { primary: true, deleteRule: 'cascade' }) resident!: ResidentEntity;
  @ManyToOne(() => HouseholdEntity, { index: true, deleteRule: 'cascade' }) household!: HouseholdEntity;
  @Enum({ items: () => HouseholdRelation, nativeEnumName: 'household_relation' }) relation!: HouseholdRelation;
}

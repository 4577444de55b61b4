import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { StandardAddressEntity } from '../address/address.entity';
import { CommunityEntity, StationEntity } from '../jurisdiction/jurisdiction.entity';

export enum ResidentKind {
  registered = 'registered',
  floating = 'floating',
  foreign = 'foreign',
}

export enum Sex {
  male = 'male',
  female = 'female',
}

/** 实有人口. Carries its place in the jurisdiction tree (station, community) for scoping. */
@Entity({ tableName: 'resident' })
@Index({ properties: ['community', 'id'] })
export class ResidentEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'verifiedAt';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string' }) name!: string;
  @Property({ type: 'string', length: 18, unique: true }) idNumber!: string;
  @Enum({ items: () => Sex, nativeEnumName: 'sex' }) sex!: Sex;
  @Property({ type: 'date' }) birthDate!: string;
  @Property({ type: 'string', nullable: true }) phone?: string | null;
  @Enum({ items: () => ResidentKind, nativeEnumName: 'resident_kind' }) kind!: ResidentKind;
  /** 户籍地 area code, for floating residents. */
  @Property({ type: 'string', length: 6, nullable: true }) originArea?: string | null;
  @ManyToOne(() => StationEntity, { index: true }) station!: StationEntity;
  @ManyToOne(() => CommunityEntity) community!: CommunityEntity;
  @ManyToOne(() => StandardAddressEntity, { nullable: true }) address?: StandardAddressEntity | null;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) createdAt: Date = new Date();
  /** The last verification (核查) of this record against the person; stale after the rules' days. */
  @Property({ type: 'datetime', nullable: true }) verifiedAt?: Date | null;
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  /** Optimistic lock: a stale update is refused, never silently applied. */
  @Property({ type: 'integer', version: true }) version!: number;
}

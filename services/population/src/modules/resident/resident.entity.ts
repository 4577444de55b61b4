import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { StandardAddressEntity } from '../address/address.entity';
import { CommunityEntity, StationEntity } from '../jurisdiction/jurisdiction.entity';

export enum ResidentKind {
  registered = 'registered',
  floating = 'floating',
  foreign = 'foreign',
}

/** 证件类型: residents of China carry the 18-character resident ID, foreigners a passport. */
export enum DocumentKind {
  resident_id = 'resident_id',
  passport = 'passport',
}

export enum Sex {
  male = 'male',
  female = 'female',
}

/** 实有人口. Carries its place in the jurisdiction tree (station, community) for scoping. */
@Entity({ tableName: 'resident' })
@Index({ properties: ['community', 'id'] })
// the ledger's sort orders, in a station and across the district (Migration20261203140000)
@Index({ properties: ['station', 'name', 'id'] })
@Index({ properties: ['station', 'createdAt', 'id'] })
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Unique({
  name: 'resident_document_unique',
  expression: `create unique index "resident_document_unique" on "resident" ("document_kind", coalesce("nationality", ''), "id_number")`,
})
export class ResidentEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'verifiedAt' | 'documentKind' | 'clientKey' | 'registeredBy';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string' }) name!: string;
  /** 证件号码: the resident ID, or for foreigners the passport number (unique per nationality). */
  @Property({ type: 'string', length: 30 }) idNumber!: string;
  @Enum({ items: () => DocumentKind, nativeEnumName: 'document_kind', default: DocumentKind.resident_id }) documentKind: DocumentKind =
    DocumentKind.resident_id;
  /** 国籍 (ISO 3166-1 alpha-3), for foreigners. */
  @Property({ type: 'string', length: 3, nullable: true }) nationality?: string | null;
  @Enum({ items: () => Sex, nativeEnumName: 'sex' }) sex!: Sex;
  @Property({ type: 'date' }) birthDate!: string;
  @Property({ type: 'string', nullable: true }) phone?: string | null;
  @Enum({ items: () => ResidentKind, nativeEnumName: 'resident_kind' }) kind!: ResidentKind;
  /** 户籍地 area code, for floating residents. */
  @Property({ type: 'string', length: 6, nullable: true }) originArea?: string | null;
  /** 来本地日期, for floating and foreign residents. */
  @Property({ type: 'date', nullable: true }) arrivedOn?: string | null;
  /** 居住登记 (residence registration) date of a floating resident; null while not registered. */
  @Property({ type: 'date', nullable: true }) residenceRegisteredOn?: string | null;
  @ManyToOne(() => StationEntity, { index: true }) station!: StationEntity;
  @ManyToOne(() => CommunityEntity) community!: CommunityEntity;
  @ManyToOne(() => StandardAddressEntity, { nullable: true, index: true }) address?: StandardAddressEntity | null;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) createdAt: Date = new Date();
  /** The last verification (核查) of this record against the person; stale after the rules' days. */
  @Property({ type: 'datetime', nullable: true }) verifiedAt?: Date | null;
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  /** Who registered the record (the signed-in user's subject), and the device's key when queued offline. */
  @Property({ type: 'string', nullable: true }) registeredBy?: string | null;
  @Property({ type: 'uuid', nullable: true, unique: 'resident_client_key_unique' }) clientKey?: string | null;
  /** Optimistic lock: a stale update is refused, never silently applied. */
  @Property({ type: 'integer', version: true }) version!: number;
}

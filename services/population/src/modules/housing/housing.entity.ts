import { Index, Entity, Enum, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { StandardAddressEntity } from '../address/address.entity';
import { CommunityEntity, StationEntity } from '../jurisdiction/jurisdiction.entity';
import { ResidentEntity } from '../resident/resident.entity';

export enum HousingKind {
  building = 'building',
  bungalow = 'bungalow',
  courtyard = 'courtyard',
  other = 'other',
}

export enum HousingUse {
  self_occupied = 'self_occupied',
  rented = 'rented',
  business = 'business',
  vacant = 'vacant',
}

/**
 * 实有房屋: the dwelling at one standard address (addresses go down to the room). Its occupants
 * are the residents living at that address; a rental (出租房屋) also records its landlord and
 * the date it was registered (出租房屋登记备案), which the rental registration rate counts.
 */
@Entity({ tableName: 'housing' })
// the ledger by registration time, in a station and across the district (Migration20261203140000)
@Index({ properties: ['station', 'createdAt', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
export class HousingEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'clientKey' | 'registeredBy';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @OneToOne(() => StandardAddressEntity, { owner: true, unique: true }) address!: StandardAddressEntity;
  @ManyToOne(() => StationEntity, { index: true }) station!: StationEntity;
  @ManyToOne(() => CommunityEntity, { index: true }) community!: CommunityEntity;
  @Enum({ items: () => HousingKind, nativeEnumName: 'housing_kind' }) kind!: HousingKind;
  @Enum({ items: () => HousingUse, nativeEnumName: 'housing_use' }) use!: HousingUse;
  /** 房主: a registered resident, or only a name and phone when the owner lives elsewhere. */
  @ManyToOne(() => ResidentEntity, { nullable: true }) landlord?: ResidentEntity | null;
  @Property({ type: 'string', nullable: true }) landlordName?: string | null;
  @Property({ type: 'string', nullable: true }) landlordPhone?: string | null;
  @Property({ type: 'date', nullable: true }) rentedSince?: string | null;
  @Property({ type: 'date', nullable: true }) rentalRegisteredOn?: string | null;
  @Property({ type: 'datetime', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
  /** The user who registered it, and the device's key when it was queued offline (a resend adds nothing). */
  @Property({ type: 'string', nullable: true }) registeredBy?: string | null;
  @Property({ type: 'uuid', nullable: true, unique: 'housing_client_key_unique' }) clientKey?: string | null;
}

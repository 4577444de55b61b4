import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'station' })
export class StationEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', unique: true }) code!: string;
  @Property({ type: 'string' }) name!: string;
  /** The district branch (分局) above the station. */
  @Property({ type: 'uuid' }) districtId!: string;
  @Property({ type: 'string' }) districtName!: string;
}

@Entity({ tableName: 'community' })
export class CommunityEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', unique: true }) code!: string;
  @Property({ type: 'string' }) name!: string;
  @ManyToOne(() => StationEntity, { index: true }) station!: StationEntity;
}

export enum GridKind {
  police = 'police',
  government = 'government',
}

/** A police grid (警格) or a government grid cell (网格) inside a community. */
@Entity({ tableName: 'grid' })
export class GridEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string' }) name!: string;
  @Enum({ items: () => GridKind, nativeEnumName: 'grid_kind' }) kind!: GridKind;
  @ManyToOne(() => CommunityEntity, { index: true }) community!: CommunityEntity;
  /** Outline as a closed ring of [lng, lat] (GeoJSON Polygon order), for maps without tiles. */
  @Property({ type: 'json', nullable: true }) boundary?: Array<[number, number]> | null;
}

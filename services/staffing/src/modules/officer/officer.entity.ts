import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export enum OfficerRole {
  community_full_time = 'community_full_time',
  community_part_time = 'community_part_time',
  community_team_lead = 'community_team_lead',
  deputy_head = 'deputy_head',
  station_head = 'station_head',
  command_room = 'command_room',
  case_team = 'case_team',
  /** 巡逻、值班民警: the station's watch (added with the four prohibitions' roster check). */
  patrol = 'patrol',
  community_auxiliary = 'community_auxiliary',
}

/** 民警 (sworn) or 辅警 (auxiliary). `stationId` is population's station. */
@Entity({ tableName: 'officer' })
export class OfficerEntity {
  [OptionalProps]?: 'version';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', unique: true }) badgeNo!: string;
  @Property({ type: 'string' }) name!: string;
  @Property({ type: 'uuid', index: true }) stationId!: string;
  @Enum({ items: () => OfficerRole, nativeEnumName: 'officer_role' }) role!: OfficerRole;
  @Property({ type: 'boolean' }) sworn!: boolean;
  /** Work phone, published so residents and colleagues can reach the officer on duty. */
  @Property({ type: 'string', nullable: true }) phone?: string | null;
  @Property({ type: 'integer', version: true }) version: number = 1;
}

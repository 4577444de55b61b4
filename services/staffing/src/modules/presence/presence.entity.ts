import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { OfficerEntity } from '../officer/officer.entity';

export enum PresenceSource {
  phone = 'phone',
  console = 'console',
}

/** How a stay in the community ended: checked out, or closed because the officer forgot. */
export enum PresenceClosure {
  check_out = 'check_out',
  next_check_in = 'next_check_in',
  capped = 'capped',
}

/**
 * 在社区时间: from check-in to check-out in one community. A phone's check-in carries where it was
 * and whether that lies inside the community's boundary (`inBoundary`, checked on the server):
 * only those inside count as verified time; one outside is kept and marked, never counted; one
 * without a position (the console) is self-declared and shown apart.
 */
@Entity({ tableName: 'community_presence' })
@Index({ properties: ['officer', 'checkInAt'] })
export class PresenceEntity {
  [OptionalProps]?: 'checkOutAt' | 'closure' | 'lat' | 'lng' | 'accuracy' | 'inBoundary' | 'checkOutInBoundary' | 'clientKey' | 'checkOutClientKey';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => OfficerEntity) officer!: OfficerEntity;
  @Property({ type: 'uuid' }) communityId!: string;
  @Property({ type: 'datetime' }) checkInAt!: Date;
  @Property({ type: 'datetime', nullable: true }) checkOutAt?: Date | null;
  @Enum({ items: () => PresenceClosure, nativeEnumName: 'presence_closure', nullable: true }) closure?: PresenceClosure | null;
  @Enum({ items: () => PresenceSource, nativeEnumName: 'presence_source' }) source!: PresenceSource;
  @Property({ type: 'double', nullable: true }) lat?: number | null;
  @Property({ type: 'double', nullable: true }) lng?: number | null;
  @Property({ type: 'double', nullable: true }) accuracy?: number | null;
  /** Null: no position given (self-declared). */
  @Property({ type: 'boolean', nullable: true }) inBoundary?: boolean | null;
  @Property({ type: 'boolean', nullable: true }) checkOutInBoundary?: boolean | null;
  /** The device's keys for a check-in and a check-out queued offline (a resend changes nothing). */
  @Property({ type: 'uuid', nullable: true, unique: 'presence_client_key_unique' }) clientKey?: string | null;
  @Property({ type: 'uuid', nullable: true, unique: 'presence_check_out_client_key_unique' }) checkOutClientKey?: string | null;
}

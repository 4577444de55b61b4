import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export enum DisputeStatus {
  registered = 'registered',
  assessed = 'assessed',
  in_mediation = 'in_mediation',
  resolved = 'resolved',
  transferred = 'transferred',
  escalated = 'escalated',
}

export enum RiskLevel {
  general = 'general',
  major = 'major',
  serious = 'serious',
}

export enum DisputeSource {
  police_call = 'police_call',
  community_found = 'community_found',
  after_case = 'after_case',
  walk_in = 'walk_in',
  grid_report = 'grid_report',
}

/**
 * 矛盾纠纷台账 entry. `communityId`/`stationId` are population's ids (its place in the
 * jurisdiction tree, used for scoping); no foreign key crosses a service boundary.
 */
@Entity({ tableName: 'dispute' })
@Index({ properties: ['communityId', 'status'] })
@Index({ properties: ['reportedAt', 'id'] }) // the ledger: newest first, keyset pages
export class DisputeEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string' }) title!: string;
  @Property({ type: 'string' }) category!: string;
  @Enum({ items: () => DisputeSource, nativeEnumName: 'dispute_source' }) source!: DisputeSource;
  @Enum({ items: () => DisputeStatus, nativeEnumName: 'dispute_status' }) status!: DisputeStatus;
  @Enum({ items: () => RiskLevel, nativeEnumName: 'risk_level' }) riskLevel!: RiskLevel;
  @Property({ type: 'uuid' }) communityId!: string;
  @Property({ type: 'uuid', index: true }) stationId!: string;
  @Property({ type: 'datetime' }) reportedAt!: Date;
  @OneToMany(() => DisputePartyEntity, (p) => p.dispute) parties = new Collection<DisputePartyEntity>(this);
  @Property({ type: 'datetime', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}

/** A party to a dispute: a known resident (population's id) or just a name. */
@Entity({ tableName: 'dispute_party' })
export class DisputePartyEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => DisputeEntity, { index: true, deleteRule: 'cascade' }) dispute!: DisputeEntity;
  @Property({ type: 'uuid', nullable: true, index: true }) residentId?: string | null;
  @Property({ type: 'string' }) name!: string;
}

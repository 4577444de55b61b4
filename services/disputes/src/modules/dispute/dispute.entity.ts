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

/** 分级处置: who must act — the community officer, the community team lead, the station head. */
export enum DisputeGrade {
  ordinary = 'ordinary',
  complex = 'complex',
  major = 'major',
}

/** How a resolved dispute ended. */
export enum Resolution {
  agreement = 'agreement',
  judicial_confirmation = 'judicial_confirmation',
  transfer_outcome = 'transfer_outcome',
  other = 'other',
}

export const OPEN_STATUSES = [DisputeStatus.registered, DisputeStatus.assessed, DisputeStatus.in_mediation] as const;

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
@Index({ properties: ['riskLevel', 'id'] }) // the ledger sorted by risk level
@Index({ properties: ['handlerOfficerId', 'status'] }) // an officer's worklist
@Index({ properties: ['addressKey', 'reportedAt'] }) // repeat detection by place
export class DisputeEntity {
  [OptionalProps]?:
    | 'createdAt'
    | 'updatedAt'
    | 'grade'
    | 'threatsNoted'
    | 'violenceHistory'
    | 'repeatCount'
    | 'reopenCount'
    | 'description'
    | 'gridId'
    | 'addressText'
    | 'addressKey'
    | 'handlerOfficerId'
    | 'assignedOfficerId'
    | 'progressDueAt'
    | 'transferDueAt'
    | 'closedAt'
    | 'resolution'
    | 'registeredBy'
    | 'clientKey';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string' }) title!: string;
  @Property({ type: 'string' }) category!: string;
  @Property({ type: 'text', nullable: true }) description?: string | null;
  @Enum({ items: () => DisputeSource, nativeEnumName: 'dispute_source' }) source!: DisputeSource;
  @Enum({ items: () => DisputeStatus, nativeEnumName: 'dispute_status' }) status!: DisputeStatus;
  @Enum({ items: () => RiskLevel, nativeEnumName: 'risk_level' }) riskLevel!: RiskLevel;
  @Enum({ items: () => DisputeGrade, nativeEnumName: 'dispute_grade', default: DisputeGrade.ordinary }) grade: DisputeGrade = DisputeGrade.ordinary;
  /** The community officer who follows the dispute to the end (一盯到底); staffing's id. */
  @Property({ type: 'uuid', nullable: true }) assignedOfficerId?: string | null;
  /** The officer who must act now: the assigned officer, the team lead or the head, by grade. */
  @Property({ type: 'uuid', nullable: true }) handlerOfficerId?: string | null;
  @Property({ type: 'uuid' }) communityId!: string;
  @Property({ type: 'uuid', index: true }) stationId!: string;
  /** Police grid (警格) in population; the risk map aggregates by it. */
  @Property({ type: 'uuid', nullable: true }) gridId?: string | null;
  @Property({ type: 'string', nullable: true }) addressText?: string | null;
  /** The address as a repeat-matching key (`addressKey` of @cp/address). */
  @Property({ type: 'string', nullable: true }) addressKey?: string | null;
  @Property({ type: 'boolean', default: false }) threatsNoted: boolean = false;
  @Property({ type: 'boolean', default: false }) violenceHistory: boolean = false;
  /** Earlier disputes this one repeats (same parties or place within the window). */
  @Property({ type: 'integer', default: 0 }) repeatCount: number = 0;
  @Property({ type: 'integer', default: 0 }) reopenCount: number = 0;
  @Property({ type: 'datetime' }) reportedAt!: Date;
  /** Next weekly progress report due; null once the dispute is closed. */
  @Property({ type: 'datetime', nullable: true }) progressDueAt?: Date | null;
  /** Outcome of an open three-mediation transfer due; null when none is open. */
  @Property({ type: 'datetime', nullable: true }) transferDueAt?: Date | null;
  @Property({ type: 'datetime', nullable: true }) closedAt?: Date | null;
  @Enum({ items: () => Resolution, nativeEnumName: 'dispute_resolution', nullable: true }) resolution?: Resolution | null;
  @OneToMany(() => DisputePartyEntity, (p) => p.dispute) parties = new Collection<DisputePartyEntity>(this);
  @Property({ type: 'datetime', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  /** Who registered it (the signed-in user's subject), and the device's key for a lead queued offline. */
  @Property({ type: 'string', nullable: true }) registeredBy?: string | null;
  @Property({ type: 'uuid', nullable: true, unique: 'dispute_client_key_unique' }) clientKey?: string | null;
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

import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { OfficerEntity } from '../officer/officer.entity';

/**
 * 四不准: what a full-time community officer may not be assigned without the station head's
 * recorded approval — patrol-car duty (01/02 巡逻车), regular duty (常态勤务, level-one
 * reinforcement excepted), casework (打击办案), and a transfer (未经审批抽调、更换).
 */
export enum RestrictedDuty {
  patrol_car = 'patrol_car',
  regular_duty = 'regular_duty',
  casework = 'casework',
  transfer = 'transfer',
}

export enum ApprovalStatus {
  pending = 'pending',
  approved = 'approved',
  rejected = 'rejected',
  revoked = 'revoked',
}

/** Who must sign an exception: a station chief (所长、教导员: 双正职) or the district (分局主管部门). */
export type SignoffLevel = 'station' | 'district';

/** One signature on an exception, with the reason every decision carries. */
export interface Signoff {
  level: SignoffLevel;
  username: string;
  name: string;
  at: string;
  note: string;
}

/** A request to set a prohibition aside for one officer and one kind of duty, until it expires. */
@Entity({ tableName: 'approval' })
@Index({ properties: ['stationId', 'status'] })
@Index({ properties: ['officer', 'kind', 'status'] })
export class ApprovalEntity {
  [OptionalProps]?: 'decidedBy' | 'decidedAt' | 'decisionNote' | 'details' | 'requestedByUser' | 'signoffs';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) stationId!: string;
  @ManyToOne(() => OfficerEntity) officer!: OfficerEntity;
  @Enum({ items: () => RestrictedDuty, nativeEnumName: 'restricted_duty' }) kind!: RestrictedDuty;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'string' }) requestedBy!: string;
  /** The requester's account (null on requests older than the sign-offs): never one of the signers. */
  @Property({ type: 'string', nullable: true }) requestedByUser?: string | null;
  /** The signatures so far; approved once every one its kind needs is there. */
  @Property({ type: 'json' }) signoffs: Signoff[] = [];
  @Property({ type: 'datetime' }) requestedAt!: Date;
  @Enum({ items: () => ApprovalStatus, nativeEnumName: 'approval_status' }) status!: ApprovalStatus;
  @Property({ type: 'string', nullable: true }) decidedBy?: string | null;
  @Property({ type: 'datetime', nullable: true }) decidedAt?: Date | null;
  @Property({ type: 'text', nullable: true }) decisionNote?: string | null;
  /** The approval covers duties starting in [validFrom, validUntil); it expires after. */
  @Property({ type: 'datetime' }) validFrom!: Date;
  @Property({ type: 'datetime' }) validUntil!: Date;
  /** For a transfer: where to, and who replaces the officer (先补充、后调离). */
  @Property({ type: 'json', nullable: true }) details?: {
    replacementOfficerId?: string | null;
    toStationId?: string | null;
    toRole?: string | null;
    /** A transfer: the years the officer had held the A post when asked, and why before five (本岗位不少于5年). */
    tenureYears?: number | null;
    earlyReason?: string | null;
  } | null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** The approval's audit trail: every request, decision, use and revocation (append-only). */
@Entity({ tableName: 'approval_event' })
export class ApprovalEventEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => ApprovalEntity, { index: true, deleteRule: 'no action' }) approval!: ApprovalEntity;
  @Property({ type: 'datetime' }) at!: Date;
  @Property({ type: 'string' }) action!: string;
  @Property({ type: 'string' }) actorName!: string;
  @Property({ type: 'text', nullable: true }) note?: string | null;
}

export enum ReinforcementLevel {
  none = 'none',
  level_one = 'level_one',
}

/** Work given to an officer outside the roster: checked against the four prohibitions. */
@Entity({ tableName: 'duty_assignment' })
@Index({ properties: ['officer', 'startsAt'] })
export class DutyAssignmentEntity {
  [OptionalProps]?: 'approval' | 'note';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => OfficerEntity) officer!: OfficerEntity;
  @Property({ type: 'string' }) kind!: string;
  @Enum({ items: () => ReinforcementLevel, nativeEnumName: 'reinforcement_level' }) reinforcement!: ReinforcementLevel;
  @Property({ type: 'datetime' }) startsAt!: Date;
  @Property({ type: 'datetime' }) endsAt!: Date;
  /** The approval that allowed it, when a prohibition applied. */
  @ManyToOne(() => ApprovalEntity, { nullable: true }) approval?: ApprovalEntity | null;
  @Property({ type: 'string' }) assignedBy!: string;
  @Property({ type: 'datetime' }) assignedAt!: Date;
  @Property({ type: 'text', nullable: true }) note?: string | null;
}

/**
 * What an officer can be put on (排班以外的工作 and the roster's patterns), a closed list the
 * district keeps: each kind says which of the four prohibitions it falls under, if any.
 */
@Entity({ tableName: 'duty_kind' })
export class DutyKindEntity {
  [OptionalProps]?: 'active' | 'restricts';
  @PrimaryKey({ type: 'string' }) code!: string;
  @Property({ type: 'string' }) name!: string;
  @Enum({ items: () => RestrictedDuty, nativeEnumName: 'restricted_duty', nullable: true }) restricts?: RestrictedDuty | null;
  @Property({ type: 'boolean' }) active: boolean = true;
  @Property({ type: 'integer', version: true }) version!: number;
}

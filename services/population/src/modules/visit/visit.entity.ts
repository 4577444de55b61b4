import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export enum VisitSubject {
  resident = 'resident',
  unit = 'unit',
  /** 房屋核查、出租房屋检查. */
  housing = 'housing',
}

export enum VisitKind {
  /** 走访: seeing a special person or a care recipient. */
  visit = 'visit',
  /** 核查: checking a resident's record against the person (it counts as a visit too). */
  verification = 'verification',
  /** 检查: inspecting a unit. */
  inspection = 'inspection',
  /** 复核: re-checking a unit's rectification. */
  recheck = 'recheck',
}

export enum VisitOutcome {
  normal = 'normal',
  /** Something to follow up (a unit: to rectify by `rectifyBy`). */
  issue_found = 'issue_found',
  /** Nobody there; the schedule is not met. */
  not_met = 'not_met',
}

/** 走访、核查、检查记录: who saw whom or what, when, and how it went. Append-only. */
@Entity({ tableName: 'visit' })
@Index({ properties: ['subjectId', 'at'] })
@Index({ properties: ['communityId', 'at'] })
@Index({ properties: ['stationId', 'at'] })
@Index({ properties: ['officerId', 'at'] })
export class VisitEntity {
  [OptionalProps]?: 'note' | 'rectifyBy' | 'officerId' | 'lat' | 'lng' | 'accuracy' | 'inCommunity' | 'clientKey';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Enum({ items: () => VisitSubject, nativeEnumName: 'visit_subject' }) subjectType!: VisitSubject;
  @Property({ type: 'uuid' }) subjectId!: string;
  @Enum({ items: () => VisitKind, nativeEnumName: 'visit_kind' }) kind!: VisitKind;
  @Enum({ items: () => VisitOutcome, nativeEnumName: 'visit_outcome' }) outcome!: VisitOutcome;
  @Property({ type: 'text', nullable: true }) note?: string | null;
  /** 限期整改: the date a finding must be fixed by (units). */
  @Property({ type: 'date', nullable: true }) rectifyBy?: string | null;
  @Property({ type: 'uuid', nullable: true }) officerId?: string | null;
  @Property({ type: 'string' }) officerName!: string;
  @Property({ type: 'datetime' }) at!: Date;
  @Property({ type: 'uuid' }) stationId!: string;
  @Property({ type: 'uuid' }) communityId!: string;
  /** Where the phone was (WGS84) and whether that lies inside the community: proof of presence. */
  @Property({ type: 'double', nullable: true }) lat?: number | null;
  @Property({ type: 'double', nullable: true }) lng?: number | null;
  @Property({ type: 'double', nullable: true }) accuracy?: number | null;
  @Property({ type: 'boolean', nullable: true }) inCommunity?: boolean | null;
  /** The device's key for a write queued offline: a resend finds this record instead of adding one. */
  @Property({ type: 'uuid', nullable: true, unique: 'visit_client_key_unique' }) clientKey?: string | null;
}

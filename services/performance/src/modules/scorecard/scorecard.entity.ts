import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ScopeLevel } from '../indicator/override.entity';
import type { DualTrack } from '../dual-track/dual-track.type';
import type { ScoreLine } from '../scoring/score';

export enum Tier {
  excellent = 'excellent',
  ordinary = 'ordinary',
}

/**
 * A published scorecard (考核结果): the score of one place for one period as it stood when the
 * period was published, with every line behind it. Append-only: later data never rewrites it.
 */
@Entity({ tableName: 'scorecard' })
@Unique({ properties: ['periodCode', 'level', 'scopeId'] })
@Index({ properties: ['periodCode', 'level', 'rank'] })
export class ScorecardEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string' }) periodCode!: string;
  @Enum({ items: () => ScopeLevel, nativeEnumName: 'scope_level' }) level!: ScopeLevel;
  @Property({ type: 'uuid' }) scopeId!: string;
  @Property({ type: 'string' }) scopeName!: string;
  /** The station a community belongs to (the station itself for a station). */
  @Property({ type: 'uuid' }) stationId!: string;
  @Property({ type: 'double', nullable: true }) total!: number | null;
  @Property({ type: 'integer' }) rank!: number;
  /** How many places were ranked with it. */
  @Property({ type: 'integer' }) rankedOf!: number;
  @Enum({ items: () => Tier, nativeEnumName: 'tier' }) tier!: Tier;
  @Property({ type: 'json' }) lines!: ScoreLine[];
  /** An officer's long and short lines as they stood (the total combines them). */
  @Property({ type: 'json', nullable: true }) dualTrack?: DualTrack | null;
  @Property({ type: 'datetime' }) publishedAt!: Date;
  @Property({ type: 'string' }) publishedBy!: string;
}

/** Settings of the rankings: the share of places ranked 优秀 each period. */
@Entity({ tableName: 'performance_rules' })
export class PerformanceRulesEntity {
  @PrimaryKey({ type: 'integer', autoincrement: false }) id: number = 1;
  @Property({ type: 'double', default: 0.3 }) excellentShare: number = 0.3;
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

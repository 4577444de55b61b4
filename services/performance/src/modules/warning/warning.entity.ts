import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ScopeLevel } from '../indicator/override.entity';

export enum WarningKind {
  /** 亮牌警告: last place. */
  yellow_card = 'yellow_card',
  /** 约谈提醒: just above last. */
  talk = 'talk',
  /** 重点督办: last place two periods running. */
  supervision = 'supervision',
}

/**
 * A warning a published ranking gives its bottom places; it stays open until the station (or the
 * district) acknowledges it with what it will do.
 */
@Entity({ tableName: 'performance_warning' })
@Index({ properties: ['stationId', 'acknowledgedAt'] })
export class WarningEntity {
  [OptionalProps]?: 'acknowledgedAt' | 'acknowledgedBy' | 'response' | 'version';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string' }) periodCode!: string;
  @Enum({ items: () => ScopeLevel, nativeEnumName: 'scope_level' }) level!: ScopeLevel;
  @Property({ type: 'uuid' }) scopeId!: string;
  @Property({ type: 'string' }) scopeName!: string;
  @Property({ type: 'uuid' }) stationId!: string;
  @Enum({ items: () => WarningKind, nativeEnumName: 'warning_kind' }) kind!: WarningKind;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'datetime' }) issuedAt!: Date;
  @Property({ type: 'datetime', nullable: true }) acknowledgedAt?: Date | null;
  @Property({ type: 'string', nullable: true }) acknowledgedBy?: string | null;
  /** 整改措施: what the station says it will do. */
  @Property({ type: 'text', nullable: true }) response?: string | null;
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

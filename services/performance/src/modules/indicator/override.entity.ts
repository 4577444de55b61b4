import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { IndicatorEntity } from './indicator.entity';

export enum ScopeLevel {
  station = 'station',
  community = 'community',
  /** A community's full-time officer, judged by the communities they hold the A post of. */
  officer = 'officer',
}

/**
 * A place's own target or weight for an indicator (no 一刀切): a community's override wins over
 * its station's, which wins over the catalogue.
 */
@Entity({ tableName: 'indicator_override' })
@Unique({ properties: ['indicator', 'level', 'scopeId'] })
export class IndicatorOverrideEntity {
  [OptionalProps]?: 'version';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne(() => IndicatorEntity) indicator!: IndicatorEntity;
  @Enum({ items: () => ScopeLevel, nativeEnumName: 'scope_level' }) level!: ScopeLevel;
  @Property({ type: 'uuid' }) scopeId!: string;
  @Property({ type: 'decimal', precision: 10, scale: 2, nullable: true }) target?: string | null;
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true }) weight?: string | null;
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

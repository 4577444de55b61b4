import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export enum IndicatorKind {
  outcome = 'outcome',
  process = 'process',
}

export enum IndicatorSource {
  computed = 'computed',
  survey = 'survey',
  manual = 'manual',
}

export enum Direction {
  higher_better = 'higher_better',
  lower_better = 'lower_better',
}

/** An entry of the indicator catalogue (考核指标). Weights of active indicators sum to 100. */
@Entity({ tableName: 'indicator' })
export class IndicatorEntity {
  [OptionalProps]?: 'version' | 'active';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', unique: true }) code!: string;
  @Property({ type: 'string' }) name!: string;
  @Enum({ items: () => IndicatorKind, nativeEnumName: 'indicator_kind' }) kind!: IndicatorKind;
  @Enum({ items: () => IndicatorSource, nativeEnumName: 'indicator_source' }) source!: IndicatorSource;
  @Enum({ items: () => Direction, nativeEnumName: 'indicator_direction' }) direction!: Direction;
  /** Target value in `unit` (a percentage for rates). */
  @Property({ type: 'decimal', precision: 10, scale: 2 }) target!: string;
  @Property({ type: 'string' }) unit!: string;
  /** Points out of 100. */
  @Property({ type: 'decimal', precision: 5, scale: 2 }) weight!: string;
  @Property({ type: 'text' }) formula!: string;
  @Property({ type: 'boolean', default: true }) active: boolean = true;
  @Property({ type: 'integer', version: true }) version: number = 1;
}

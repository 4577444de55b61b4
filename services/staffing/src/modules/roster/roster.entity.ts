import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { PoliceGroupEntity } from '../group/group.entity';

/** One shift of a pattern: its code, name, local start time (Asia/Shanghai) and length. */
export interface ShiftDefinition {
  code: string;
  name: string;
  /** 'HH:MM', Beijing time. */
  start: string;
  hours: number;
}

/**
 * A shift pattern as data (四班三运转, 三班两运转 …): the shifts, and the cycle one group follows
 * day by day ('off' for a rest day). Group k starts the cycle `k × cycle.length / groupCount`
 * days later, so together the groups cover every shift of every day.
 */
@Entity({ tableName: 'shift_pattern' })
export class ShiftPatternEntity {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', unique: true }) code!: string;
  @Property({ type: 'string' }) name!: string;
  @Property({ type: 'json' }) shifts!: ShiftDefinition[];
  @Property({ type: 'json' }) cycle!: string[];
  @Property({ type: 'integer' }) groupCount!: number;
  @Property({ type: 'text', nullable: true }) description?: string | null;
  /** What kind of duty its shifts are (a code of the district's duty kinds): the station's watch is regular duty. */
  @Property({ type: 'string' }) dutyKind!: string;
}

/** A group on a shift: generated from a pattern, or edited by hand (`edited`). */
@Entity({ tableName: 'roster_shift' })
@Index({ properties: ['stationId', 'startsAt'] })
@Index({
  name: 'roster_shift_during',
  expression: `create index "roster_shift_during" on "roster_shift" using gist (tstzrange("starts_at", "ends_at"))`,
})
@Unique({ properties: ['group', 'startsAt'] })
export class RosterShiftEntity {
  [OptionalProps]?: 'edited' | 'note';
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) stationId!: string;
  @ManyToOne(() => PoliceGroupEntity, { index: true, deleteRule: 'cascade' }) group!: PoliceGroupEntity;
  /** The calendar day the shift belongs to (a night shift may end the next day). */
  @Property({ type: 'date' }) day!: string;
  @Property({ type: 'string' }) shiftCode!: string;
  @Property({ type: 'string' }) shiftName!: string;
  @Property({ type: 'datetime' }) startsAt!: Date;
  @Property({ type: 'datetime' }) endsAt!: Date;
  @Property({ type: 'boolean', default: false }) edited: boolean = false;
  /** The pattern's duty kind, kept with the shift: a shift edited later is checked as what it is. */
  @Property({ type: 'string' }) dutyKind!: string;
  @Property({ type: 'string', nullable: true }) note?: string | null;
  @Property({ type: 'integer', version: true }) version!: number;
}

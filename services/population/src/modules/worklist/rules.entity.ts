import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** The population schedules' settings (one row): how often units are inspected, when a record is stale. */
@Entity({ tableName: 'population_rules' })
export class PopulationRulesEntity {
  [OptionalProps]?: 'keyUnitInspectionDays' | 'unitInspectionDays' | 'verificationStaleDays' | 'floatingVerificationDays' | 'version';
  @PrimaryKey({ type: 'integer', autoincrement: false }) id: number = 1;
  /** 重点单位: at least quarterly. */
  @Property({ type: 'integer', default: 90 }) keyUnitInspectionDays: number = 90;
  /** Ordinary units: at least yearly. */
  @Property({ type: 'integer', default: 365 }) unitInspectionDays: number = 365;
  /** A resident's record not verified for this many days is due for verification. */
  @Property({ type: 'integer', default: 180 }) verificationStaleDays: number = 180;
  /** A newly registered floating resident is verified at home within this many days. */
  @Property({ type: 'integer', default: 3 }) floatingVerificationDays: number = 3;
  @Property({ type: 'integer', version: true, default: 1 }) version: number = 1;
}

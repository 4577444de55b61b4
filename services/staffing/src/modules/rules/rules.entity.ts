import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The district's staffing targets (district settings), one row, edited by a district admin. */
@Entity({ tableName: 'staffing_rules' })
export class StaffingRulesEntity {
  @PrimaryKey({ type: 'integer', autoincrement: false }) id: number = 1;
  /** Share of working time in the community: full-time ≥ 80 %, part-time ≥ 40 %. */
  @Property({ type: 'double', default: 0.8 }) fullTimeShare: number = 0.8;
  @Property({ type: 'double', default: 0.4 }) partTimeShare: number = 0.4;
  /** A record made standing inside the community (a located visit or inspection) proves this many minutes around it. */
  @Property({ type: 'integer', default: 30 }) locatedRecordMinutes: number = 30;
  /** A stay never checked out counts at most this long. */
  @Property({ type: 'integer', default: 10 }) maxStayHours: number = 10;
  /** Working hours in a week without a roster. */
  @Property({ type: 'integer', default: 40 }) standardWeekHours: number = 40;
  /** One community officer per 3,000 residents or 1,000 households. */
  @Property({ type: 'integer', default: 3000 }) residentsPerOfficer: number = 3000;
  @Property({ type: 'integer', default: 1000 }) householdsPerOfficer: number = 1000;
  /** 两个40%: community officers ≥ 40 % of the station's police. */
  @Property({ type: 'double', default: 0.4 }) communityPoliceShare: number = 0.4;
  /** 两个40%: the stations' police ≥ 40 % of the district's. */
  @Property({ type: 'double', default: 0.4 }) stationPoliceShare: number = 0.4;
  /**
   * The district's sworn police in all (its departments included, whom this platform does not
   * list), from the personnel establishment; unknown until the district enters it.
   */
  @Property({ type: 'integer', nullable: true }) districtPolice: number | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

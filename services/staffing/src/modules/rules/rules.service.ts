import { atVersion, mutation, type BaseContext, type EntityManager } from '@cp/service-kit';
import { StaffingRulesEntity } from './rules.entity';
import type { StaffingRules, StaffingRulesPayload, UpdateStaffingRulesInput } from './rules.type';

/** The district's targets as they stand (the migration writes the one row; a missing row reads as the texts' defaults). */
export async function staffingRules(em: EntityManager): Promise<StaffingRulesEntity> {
  return (await em.findOne(StaffingRulesEntity, { id: 1 })) ?? Object.assign(new StaffingRulesEntity(), { version: 1 });
}

export const toStaffingRules = (r: StaffingRulesEntity): StaffingRules => ({
  fullTimeShare: r.fullTimeShare,
  partTimeShare: r.partTimeShare,
  locatedRecordMinutes: r.locatedRecordMinutes,
  maxStayHours: r.maxStayHours,
  standardWeekHours: r.standardWeekHours,
  residentsPerOfficer: r.residentsPerOfficer,
  householdsPerOfficer: r.householdsPerOfficer,
  communityPoliceShare: r.communityPoliceShare,
  stationPoliceShare: r.stationPoliceShare,
  districtPolice: r.districtPolice ?? null,
  version: r.version,
});

/**
 * 分局设置: the texts set the floors (80 % of a full-time officer's time in the community, 40 %
 * part-time, one officer per 3,000 residents…), and a district may ask more (东城: 90 %). The
 * district admin changes them; a change made meanwhile by another admin is refused, not overwritten.
 */
export class RulesService {
  constructor(private readonly ctx: BaseContext) {}

  update(input: UpdateStaffingRulesInput): Promise<StaffingRulesPayload> {
    return mutation('rules', input, async () => {
      const rules = await this.ctx.em.findOneOrFail(StaffingRulesEntity, { id: 1 });
      const { version, stationPoliceShare, districtPolice, ...values } = input;
      // the two added later are optional: a form that does not know them leaves them as they are
      const added = { ...(stationPoliceShare != null && { stationPoliceShare }), ...(districtPolice != null && { districtPolice }) };
      return toStaffingRules(await atVersion(this.ctx.em, rules, version, (_tx, r) => Object.assign(r, values, added)));
    });
  }
}

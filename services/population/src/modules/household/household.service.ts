import { randomUUID } from 'node:crypto';
import { inJurisdiction } from '@cp/auth';
import { requireJurisdiction, userError, validateInput, type BaseContext, type UserError } from '@cp/service-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { lookUpAddress } from '../address/address.lookup';
import type { ResidentEntity } from '../resident/resident.entity';
import { HouseholdEntity, HouseholdMemberEntity, HouseholdRelation } from './household.entity';
import type { Household, HouseholdPayload, RegisterHouseholdInput, SetHouseholdMemberInput } from './household.type';
import { residentById } from '../resident/resident.loaders';
import { householdById } from './household.loaders';

export const toHousehold = (h: HouseholdEntity): Household => ({
  id: h.id,
  householdNo: h.householdNo,
  kind: h.kind,
  version: h.version,
  communityId: h.community.id,
  stationId: h.station.id,
  addressId: h.address?.id ?? null,
});

/** 户: households and their members; a resident belongs to one household, which has one head. */
export class HouseholdService {
  constructor(private readonly ctx: BaseContext) {}

  private mine(place: { station: { id: string }; community: { id: string } }): boolean {
    return inJurisdiction(requireJurisdiction(this.ctx.claims), { stationId: place.station.id, communityId: place.community.id });
  }

  /** A household seen from one of its members (or by id): outside the jurisdiction it reads as nothing. */
  async get(id: string): Promise<Household | null> {
    const h = await this.ctx.use(householdById).load(id);
    return h && this.mine(h) ? toHousehold(h) : null;
  }

  async register(input: RegisterHouseholdInput): Promise<HouseholdPayload> {
    const refused = (errs: UserError[]): HouseholdPayload => ({ household: null, errors: errs });
    const problems = await validateInput(input);
    if (problems.length) return refused(problems);
    const head = await this.resident(input.headResidentId, 'headResidentId');
    if ('error' in head) return refused([head.error]);
    let address = head.resident.address ?? null;
    if (input.addressText?.trim()) {
      const found = await lookUpAddress(this.ctx.em, input.addressText, 'addressText');
      if (found.error) return refused([found.error]);
      address = found.address;
    }
    try {
      const household = await this.ctx.em.transactional(async (tx) => {
        const h = tx.create(HouseholdEntity, {
          id: randomUUID(),
          householdNo: input.householdNo,
          kind: input.kind,
          station: head.resident.station,
          community: head.resident.community,
          address,
        });
        tx.create(HouseholdMemberEntity, { resident: head.resident, household: h, relation: HouseholdRelation.head });
        return h;
      });
      return { household: toHousehold(household), errors: [] };
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
      const taken = await this.ctx.em.count(HouseholdEntity, { householdNo: input.householdNo });
      return refused([
        taken
          ? userError('HOUSEHOLD_NO_TAKEN', '该户号已登记', 'householdNo')
          : userError('RESIDENT_IN_OTHER_HOUSEHOLD', '该人员已在另一户内，请先从原户移出', 'headResidentId'),
      ]);
    }
  }

  /** Adds a member or changes their relation; one head per household, one household per person. */
  async setMember(input: SetHouseholdMemberInput): Promise<HouseholdPayload> {
    const refused = (e: UserError): HouseholdPayload => ({ household: null, errors: [e] });
    const household = await this.ctx.em.findOne(HouseholdEntity, { id: input.householdId });
    if (!household || !this.mine(household)) return refused(userError('HOUSEHOLD_NOT_FOUND', '该户不存在或不在本人辖区', 'householdId'));
    const found = await this.resident(input.residentId, 'residentId');
    if ('error' in found) return refused(found.error);
    const current = await this.ctx.em.findOne(HouseholdMemberEntity, { resident: found.resident });
    if (current && current.household.id !== household.id)
      return refused(userError('RESIDENT_IN_OTHER_HOUSEHOLD', '该人员已在另一户内，请先从原户移出', 'residentId'));
    try {
      if (current) current.relation = input.relation;
      else this.ctx.em.create(HouseholdMemberEntity, { resident: found.resident, household, relation: input.relation });
      await this.ctx.em.flush();
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
      this.ctx.em.clear();
      return refused(userError('HOUSEHOLD_HEAD_EXISTS', '该户已有户主；请先把原户主改为其他关系', 'relation'));
    }
    return { household: toHousehold(household), errors: [] };
  }

  async removeMember(householdId: string, residentId: string): Promise<HouseholdPayload> {
    const refused = (e: UserError): HouseholdPayload => ({ household: null, errors: [e] });
    const household = await this.ctx.em.findOne(HouseholdEntity, { id: householdId });
    if (!household || !this.mine(household)) return refused(userError('HOUSEHOLD_NOT_FOUND', '该户不存在或不在本人辖区', 'householdId'));
    const member = await this.ctx.em.findOne(HouseholdMemberEntity, { household, resident: residentId });
    if (!member) return refused(userError('HOUSEHOLD_MEMBER_NOT_FOUND', '该人员不在此户内', 'residentId'));
    if (member.relation === HouseholdRelation.head && (await this.ctx.em.count(HouseholdMemberEntity, { household })) > 1) {
      return refused(userError('HOUSEHOLD_HEAD_REQUIRED', '户内还有其他成员，请先指定新户主再移出原户主', 'residentId'));
    }
    await this.ctx.em.remove(member).flush();
    return { household: toHousehold(household), errors: [] };
  }

  private async resident(id: string, field: string): Promise<{ resident: ResidentEntity } | { error: UserError }> {
    const resident = await this.ctx.use(residentById).load(id);
    if (!resident) return { error: userError('RESIDENT_NOT_FOUND', '该人员不存在', field) };
    if (!this.mine(resident)) return { error: userError('OUTSIDE_JURISDICTION', '只能处理本人辖区内的人员', field) };
    return { resident };
  }
}

import { randomUUID } from 'node:crypto';
import { holds, mutation, outsideJurisdiction, Refusal, refuse, userError, type BaseContext, type UserError } from '@cp/service-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { lookUpAddress } from '../address/address.lookup';
import type { ResidentEntity } from '../resident/resident.entity';
import { HouseholdEntity, HouseholdMemberEntity, HouseholdRelation } from './household.entity';
import type { Household, HouseholdPayload, RegisterHouseholdInput, SetHouseholdMemberInput } from './household.type';
import { residentById } from '../resident/resident.loaders';
import { householdById } from './household.loaders';
import { placeOf } from '../jurisdiction/place';

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
    return holds(this.ctx.claims, placeOf(place));
  }

  /** A household seen from one of its members (or by id): outside the jurisdiction it reads as nothing. */
  async get(id: string): Promise<Household | null> {
    const h = await this.ctx.use(householdById).load(id);
    return h && this.mine(h) ? toHousehold(h) : null;
  }

  register(input: RegisterHouseholdInput): Promise<HouseholdPayload> {
    return mutation('household', input, async () => {
      const head = await this.resident(input.headResidentId, 'headResidentId');
      if ('error' in head) throw new Refusal([head.error]);
      let address = head.resident.address ?? null;
      if (input.addressText?.trim()) {
        const found = await lookUpAddress(this.ctx.em, input.addressText, 'addressText');
        if (found.error) throw new Refusal([found.error]);
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
        return toHousehold(household);
      } catch (err) {
        if (!(err instanceof UniqueConstraintViolationException)) throw err;
        const taken = await this.ctx.em.count(HouseholdEntity, { householdNo: input.householdNo });
        if (taken) refuse('HOUSEHOLD_NO_TAKEN', '该户号已登记', 'householdNo');
        refuse('RESIDENT_IN_OTHER_HOUSEHOLD', '该人员已在另一户内，请先从原户移出', 'headResidentId');
      }
    });
  }

  /** Adds a member or changes their relation; one head per household, one household per person. */
  setMember(input: SetHouseholdMemberInput): Promise<HouseholdPayload> {
    return mutation('household', null, async () => {
      const household = await this.ctx.em.findOne(HouseholdEntity, { id: input.householdId });
      if (!household || !this.mine(household)) refuse('HOUSEHOLD_NOT_FOUND', '该户不存在或不在本人辖区', 'householdId');
      const found = await this.resident(input.residentId, 'residentId');
      if ('error' in found) throw new Refusal([found.error]);
      const current = await this.ctx.em.findOne(HouseholdMemberEntity, { resident: found.resident });
      if (current && current.household.id !== household.id) refuse('RESIDENT_IN_OTHER_HOUSEHOLD', '该人员已在另一户内，请先从原户移出', 'residentId');
      try {
        if (current) current.relation = input.relation;
        else this.ctx.em.create(HouseholdMemberEntity, { resident: found.resident, household, relation: input.relation });
        await this.ctx.em.flush();
      } catch (err) {
        if (!(err instanceof UniqueConstraintViolationException)) throw err;
        this.ctx.em.clear();
        refuse('HOUSEHOLD_HEAD_EXISTS', '该户已有户主；请先把原户主改为其他关系', 'relation');
      }
      return toHousehold(household);
    });
  }

  removeMember(householdId: string, residentId: string): Promise<HouseholdPayload> {
    return mutation('household', null, async () => {
      const household = await this.ctx.em.findOne(HouseholdEntity, { id: householdId });
      if (!household || !this.mine(household)) refuse('HOUSEHOLD_NOT_FOUND', '该户不存在或不在本人辖区', 'householdId');
      const member = await this.ctx.em.findOne(HouseholdMemberEntity, { household, resident: residentId });
      if (!member) refuse('HOUSEHOLD_MEMBER_NOT_FOUND', '该人员不在此户内', 'residentId');
      if (member.relation === HouseholdRelation.head && (await this.ctx.em.count(HouseholdMemberEntity, { household })) > 1) {
        refuse('HOUSEHOLD_HEAD_REQUIRED', '户内还有其他成员，请先指定新户主再移出原户主', 'residentId');
      }
      await this.ctx.em.remove(member).flush();
      return toHousehold(household);
    });
  }

  private async resident(id: string, field: string): Promise<{ resident: ResidentEntity } | { error: UserError }> {
    const resident = await this.ctx.use(residentById).load(id);
    if (!resident) return { error: userError('RESIDENT_NOT_FOUND', '该人员不存在', field) };
    const outside = outsideJurisdiction(this.ctx.claims, placeOf(resident), '人员', field);
    if (outside) return { error: outside };
    return { resident };
  }
}

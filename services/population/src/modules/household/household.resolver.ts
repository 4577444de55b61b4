import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toAddress } from '../address/address.mapper';
import { StandardAddress } from '../address/address.type';
import { Resident } from '../resident/resident.type';
import { HouseholdRelation } from './household.entity';
import { Household, HouseholdMember, HouseholdPayload, RegisterHouseholdInput, SetHouseholdMemberInput } from './household.type';
import { addressById } from '../address/address.loaders';
import { membersByHousehold, membershipByResident } from './household.loaders';
import { ResidentService } from '../resident/resident.service';
import { HouseholdService } from './household.service';
import { type RequestContext } from '@cp/service-kit';

const OFFICERS = ['community_officer', 'station_head'];

@Resolver(() => Household)
export class HouseholdResolver {
  @Authorized()
  @Query(() => Household, { nullable: true, description: '按 id 查询一户（限本人辖区）' })
  household(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.use(HouseholdService).get(id);
  }

  @Authorized(...OFFICERS)
  @Mutation(() => HouseholdPayload, { description: '登记一户，户主为已登记的实有人口' })
  registerHousehold(@Arg('input', () => RegisterHouseholdInput) input: RegisterHouseholdInput, @Ctx() ctx: RequestContext) {
    return ctx.use(HouseholdService).register(input);
  }

  @Authorized(...OFFICERS)
  @Mutation(() => HouseholdPayload, { description: '加入户内成员或改变其与户主关系（每户一名户主，每人只在一户）' })
  setHouseholdMember(@Arg('input', () => SetHouseholdMemberInput) input: SetHouseholdMemberInput, @Ctx() ctx: RequestContext) {
    return ctx.use(HouseholdService).setMember(input);
  }

  @Authorized(...OFFICERS)
  @Mutation(() => HouseholdPayload, { description: '从户内移出一名成员' })
  removeHouseholdMember(@Arg('householdId', () => ID) householdId: string, @Arg('residentId', () => ID) residentId: string, @Ctx() ctx: RequestContext) {
    return ctx.use(HouseholdService).removeMember(householdId, residentId);
  }

  @FieldResolver(() => [HouseholdMember], { description: '户内成员，户主在前' })
  async members(@Root() h: Household, @Ctx() ctx: RequestContext): Promise<HouseholdMember[]> {
    const order = ['head', 'spouse', 'parent', 'child', 'other'];
    const members = await ctx.use(membersByHousehold).load(h.id);
    return members.map((m) => ({ relation: m.relation, residentId: m.resident.id })).sort((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation));
  }

  @FieldResolver(() => StandardAddress, { nullable: true })
  async address(@Root() h: Household, @Ctx() ctx: RequestContext) {
    const a = h.addressId ? await ctx.use(addressById).load(h.addressId) : null;
    return a && toAddress(a);
  }
}

@Resolver(() => HouseholdMember)
export class HouseholdMemberResolver {
  @FieldResolver(() => Resident, { nullable: true, description: '成员（按查看者权限脱敏）' })
  resident(@Root() m: HouseholdMember, @Ctx() ctx: RequestContext) {
    return ctx.use(ResidentService).reference(m.residentId);
  }
}

@Resolver(() => Resident)
export class ResidentHouseholdResolver {
  @FieldResolver(() => Household, { nullable: true, description: '所在的户' })
  async household(@Root() r: Resident, @Ctx() ctx: RequestContext) {
    const membership = await ctx.use(membershipByResident).load(r.id);
    return membership ? ctx.use(HouseholdService).get(membership.household.id) : null;
  }

  @FieldResolver(() => HouseholdRelation, { nullable: true, description: '与户主关系' })
  async householdRelation(@Root() r: Resident, @Ctx() ctx: RequestContext) {
    return (await ctx.use(membershipByResident).load(r.id))?.relation ?? null;
  }
}

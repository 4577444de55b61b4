import { PARTNERS_TOO, selects, type RequestContext } from '@cp/service-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toAddress } from '../address/address.mapper';
import { StandardAddress } from '../address/address.type';
import { toCommunity } from '../jurisdiction/jurisdiction.mapper';
import { Community } from '../jurisdiction/jurisdiction.type';
import { Resident } from '../resident/resident.type';
import { HousingUse } from './housing.entity';
import { Housing, HousingConnection, HousingOrder, HousingPayload, RegisterHousingInput, UpdateHousingInput } from './housing.type';
import { communityById } from '../jurisdiction/jurisdiction.loaders';
import { addressById } from '../address/address.loaders';
import { residentsByAddress } from '../resident/resident.loaders';
import { ResidentService } from '../resident/resident.service';
import { HousingService } from './housing.service';

@Resolver(() => Housing)
export class HousingResolver {
  @Authorized(PARTNERS_TOO)
  @Query(() => HousingConnection, { description: '实有房屋列表（限本人辖区），按游标分页' })
  housings(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: '每页条数，最多 200' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('gridId', () => ID, { nullable: true }) gridId?: string,
    @Arg('use', () => HousingUse, { nullable: true }) use?: HousingUse,
    @Arg('rentalUnregistered', () => Boolean, { nullable: true, description: '只看出租未登记备案的房屋' }) rentalUnregistered?: boolean,
    @Arg('withoutOccupants', () => Boolean, { nullable: true, description: '只看无人登记居住的房屋（出租房屋即租户未登记）' })
    withoutOccupants?: boolean,
    @Arg('search', () => String, { nullable: true, description: '地址或房主姓名' }) search?: string,
    @Arg('offset', () => Int, { nullable: true, description: '跳过前若干条（跳到第 N 页；最多 10000，与 after 二选一）' }) offset?: number,
    @Arg('orderBy', () => HousingOrder, { nullable: true, description: '排序；不给时按登记顺序' }) orderBy?: InstanceType<typeof HousingOrder>,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return ctx
      .use(HousingService)
      .list(
        { first, after, communityId, gridId, use, rentalUnregistered, withoutOccupants, search, offset, orderBy },
        { withTotal: !!info && selects(info, 'totalCount') },
      );
  }

  @Authorized(PARTNERS_TOO)
  @Query(() => Housing, { nullable: true, description: '按 id 或地址查询实有房屋及其住户（限本人辖区）' })
  housing(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('addressText', () => String, { nullable: true, description: '标准地址全文（可省略市、区前缀）' }) addressText?: string,
  ) {
    if (id) return ctx.use(HousingService).get(id);
    return addressText ? ctx.use(HousingService).atAddress(addressText) : null;
  }

  @Authorized('community_officer', 'station_head')
  @Mutation(() => HousingPayload, { description: '登记实有房屋；每个标准地址一处' })
  registerHousing(@Arg('input', () => RegisterHousingInput) input: RegisterHousingInput, @Ctx() ctx: RequestContext) {
    return ctx.use(HousingService).register(input);
  }

  @Authorized('community_officer', 'station_head')
  @Mutation(() => HousingPayload, { description: '修改房屋用途与出租信息；并发修改会被拒绝（STALE_VERSION）' })
  updateHousing(@Arg('input', () => UpdateHousingInput) input: UpdateHousingInput, @Ctx() ctx: RequestContext) {
    return ctx.use(HousingService).update(input);
  }

  @FieldResolver(() => String, { nullable: true, description: '房主联系电话；无权查看时脱敏；明文读取留痕' })
  landlordPhone(@Root() h: Housing, @Ctx() ctx: RequestContext) {
    return ctx.use(HousingService).landlordPhoneOf(h);
  }

  @FieldResolver(() => Resident, { nullable: true, description: '房主为本辖区已登记实有人口时' })
  landlord(@Root() h: Housing, @Ctx() ctx: RequestContext) {
    return h.landlordId ? ctx.use(ResidentService).reference(h.landlordId) : null;
  }

  @FieldResolver(() => [Resident], { description: '住户：登记居住在该地址的实有人口' })
  async occupants(@Root() h: Housing, @Ctx() ctx: RequestContext) {
    return ctx.use(ResidentService).visibleOf(await ctx.use(residentsByAddress).load(h.addressId));
  }

  @FieldResolver(() => StandardAddress)
  async address(@Root() h: Housing, @Ctx() ctx: RequestContext) {
    return toAddress((await ctx.use(addressById).load(h.addressId))!);
  }

  @FieldResolver(() => Community)
  async community(@Root() h: Housing, @Ctx() ctx: RequestContext) {
    return toCommunity((await ctx.use(communityById).load(h.communityId))!);
  }
}

@Resolver(() => Resident)
export class ResidentHousingResolver {
  @FieldResolver(() => Housing, { nullable: true, description: '居住的房屋（住址上登记的实有房屋）' })
  housing(@Root() r: Resident, @Ctx() ctx: RequestContext) {
    return r.addressId ? ctx.use(HousingService).ofAddress(r.addressId) : null;
  }
}

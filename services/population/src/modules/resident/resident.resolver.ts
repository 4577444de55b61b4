import { PARTNERS_TOO, selects, type RequestContext } from '@cp/service-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StandardAddress } from '../address/address.type';
import { toAddress } from '../address/address.mapper';
import { Community } from '../jurisdiction/jurisdiction.type';
import { toCommunity } from '../jurisdiction/jurisdiction.mapper';
import { RecordResidenceRegistrationInput, RegisterResidentInput, UpdateResidentContactInput } from './resident.inputs';
import { ResidentKind } from './resident.entity';
import { RegisterResidentPayload, Resident, ResidentConnection, ResidentOrder, ResidentPlace, UpdateResidentPayload } from './resident.type';
import { communityById } from '../jurisdiction/jurisdiction.loaders';
import { addressById } from '../address/address.loaders';
import { ResidentService } from './resident.service';

@Resolver(() => Resident)
export class ResidentResolver {
  @Authorized(PARTNERS_TOO)
  @Query(() => Resident, { nullable: true, description: '按 id 查询一名实有人口（限本人辖区）' })
  resident(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.use(ResidentService).get(id);
  }

  @Authorized(PARTNERS_TOO)
  @Query(() => ResidentConnection, { description: '实有人口列表（限本人辖区），按游标分页' })
  residents(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, description: '每页条数，最多 200' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('search', () => String, { nullable: true, description: '姓名、证件号码或地址' }) search?: string,
    @Arg('kind', () => ResidentKind, { nullable: true, description: '户籍、流动或境外' }) kind?: ResidentKind,
    @Arg('gridId', () => ID, { nullable: true, description: '住址所在警格或网格' }) gridId?: string,
    @Arg('focusCategory', () => String, { nullable: true, description: '列管中的重点对象类别代码' }) focusCategory?: string,
    @Arg('overdue', () => Boolean, { nullable: true, description: '只看有逾期工作的人员：信息核查或重点对象走访已超期（同今日工作）' }) overdue?: boolean,
    @Arg('residenceRegistered', () => Boolean, { nullable: true, description: '只看已（true）或未（false）办理居住登记的流动人口' })
    residenceRegistered?: boolean,
    @Arg('offset', () => Int, { nullable: true, description: '跳过前若干条（跳到第 N 页；最多 10000，与 after 二选一）' }) offset?: number,
    @Arg('orderBy', () => ResidentOrder, { nullable: true, description: '排序；不给时按登记顺序' }) orderBy?: InstanceType<typeof ResidentOrder>,
  ) {
    return ctx
      .use(ResidentService)
      .list(
        { first, after, communityId, search, kind, gridId, focusCategory, overdue, residenceRegistered, offset, orderBy },
        { withCommunity: selects(info, 'nodes', 'community'), withTotal: selects(info, 'totalCount') },
      );
  }

  @Authorized()
  @Query(() => [ResidentPlace], { description: '（平台服务之间）人员所属的派出所和社区，不含任何个人信息；仅供平台内部服务调用' })
  residentPlaces(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext) {
    return ctx.use(ResidentService).places(ids);
  }

  @Authorized('community_officer', 'station_head')
  @Mutation(() => RegisterResidentPayload, { description: '登记实有人口：录入即核查' })
  registerResident(@Arg('input', () => RegisterResidentInput) input: RegisterResidentInput, @Ctx() ctx: RequestContext) {
    return ctx.use(ResidentService).register(input);
  }

  @Authorized('community_officer', 'station_head')
  @Mutation(() => UpdateResidentPayload, { description: '更新联系方式与住址；并发修改会被拒绝（STALE_VERSION）' })
  updateResidentContact(@Arg('input', () => UpdateResidentContactInput) input: UpdateResidentContactInput, @Ctx() ctx: RequestContext) {
    return ctx.use(ResidentService).updateContact(input);
  }

  @Authorized('community_officer', 'station_head')
  @Mutation(() => UpdateResidentPayload, { description: '记录流动人口办理居住登记；并发修改会被拒绝（STALE_VERSION）' })
  recordResidenceRegistration(@Arg('input', () => RecordResidenceRegistrationInput) input: RecordResidenceRegistrationInput, @Ctx() ctx: RequestContext) {
    return ctx.use(ResidentService).recordResidenceRegistration(input);
  }

  @FieldResolver(() => String, { description: '证件号码（公民身份号码或护照号码）；无权查看时脱敏，如 110101********123X；明文读取留痕' })
  idNumber(@Root() r: Resident, @Ctx() ctx: RequestContext) {
    return ctx.use(ResidentService).idNumberOf(r);
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话；无权查看时脱敏；明文读取留痕' })
  phone(@Root() r: Resident, @Ctx() ctx: RequestContext) {
    return ctx.use(ResidentService).phoneOf(r);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '出生日期 YYYY-MM-DD（由身份号码得出；境外人员按护照登记）；无权查看明文时不提供（否则可由脱敏号码还原身份号码）',
  })
  birthDate(@Root() r: Resident, @Ctx() ctx: RequestContext) {
    return ctx.use(ResidentService).birthDateOf(r);
  }

  @FieldResolver(() => Boolean, { description: '身份号码、电话和出生日期是否已脱敏' })
  masked(@Root() r: Resident) {
    return !r.reveal;
  }

  @FieldResolver(() => Community, { description: '所在社区' })
  async community(@Root() r: Resident, @Ctx() ctx: RequestContext) {
    return r.joinedCommunity ?? toCommunity((await ctx.use(communityById).load(r.communityId))!);
  }

  @FieldResolver(() => StandardAddress, { nullable: true, description: '居住的标准地址' })
  async address(@Root() r: Resident, @Ctx() ctx: RequestContext) {
    if (!r.addressId) return null;
    const a = await ctx.use(addressById).load(r.addressId);
    return a && toAddress(a);
  }
}

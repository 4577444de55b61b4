import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toCommunity } from '../jurisdiction/jurisdiction.mapper';
import { Community } from '../jurisdiction/jurisdiction.type';
import { RegisterUnitInput, Unit, UnitPayload } from './unit.type';
import { communityById } from '../jurisdiction/jurisdiction.loaders';
import { UnitService } from './unit.service';
import { type RequestContext } from '@cp/service-kit';

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized()
  @Query(() => [Unit], { description: '实有单位（限本人辖区），重点单位在前' })
  units(
    @Ctx() ctx: RequestContext,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('key', () => Boolean, { nullable: true, description: '只看重点单位 / 一般单位' }) key?: boolean,
  ) {
    return ctx.use(UnitService).list(communityId, key);
  }

  @Authorized()
  @Query(() => Unit, { nullable: true })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.use(UnitService).get(id);
  }

  @Authorized('community_officer', 'station_head')
  @Mutation(() => UnitPayload, { description: '登记实有单位' })
  registerUnit(@Arg('input', () => RegisterUnitInput) input: RegisterUnitInput, @Ctx() ctx: RequestContext) {
    return ctx.use(UnitService).register(input);
  }

  @FieldResolver(() => String, { nullable: true, description: '单位联系电话；无权查看时脱敏；读取留痕' })
  contactPhone(@Root() u: Unit, @Ctx() ctx: RequestContext) {
    return ctx.use(UnitService).contactPhoneOf(u);
  }

  @FieldResolver(() => Community)
  async community(@Root() u: Unit, @Ctx() ctx: RequestContext) {
    return toCommunity((await ctx.use(communityById).load(u.communityId))!);
  }
}

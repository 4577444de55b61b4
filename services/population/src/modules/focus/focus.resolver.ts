import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Resident } from '../resident/resident.type';
import { FocusService, toFocusPerson } from './focus.service';
import { AddFocusPersonInput, FocusCategory, FocusCategoryPayload, FocusPerson, FocusPersonPayload } from './focus.type';
import { focusByResident } from './focus.loaders';
import { type RequestContext } from '@cp/service-kit';

@Resolver(() => Resident)
export class FocusResolver {
  @Authorized()
  @Query(() => [FocusCategory], { description: '特定对象与关爱帮扶类别及走访频次' })
  focusCategories(@Ctx() ctx: RequestContext) {
    return ctx.use(FocusService).categories();
  }

  @Authorized('community_officer', 'station_head')
  @Mutation(() => FocusPersonPayload, { description: '列为特定对象或关爱对象：此后按类别频次排入每日工作' })
  addFocusPerson(@Arg('input', () => AddFocusPersonInput) input: AddFocusPersonInput, @Ctx() ctx: RequestContext) {
    return ctx.use(FocusService).add(input);
  }

  @Authorized('community_officer', 'station_head')
  @Mutation(() => FocusPersonPayload, { description: '解除列管' })
  endFocusPerson(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.use(FocusService).end(id);
  }

  @Authorized('district_admin')
  @Mutation(() => FocusCategoryPayload, { description: '调整类别的走访频次或停用（分局管理员）' })
  updateFocusCategory(
    @Arg('code') code: string,
    @Arg('version', () => Int) version: number,
    @Arg('visitEveryDays', () => Int) visitEveryDays: number,
    @Arg('active') active: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.use(FocusService).updateCategory(code, version, visitEveryDays, active);
  }

  @Authorized() // sensitive: not for partners
  @FieldResolver(() => [FocusPerson], { description: '列管中的特定对象、关爱类别' })
  async focus(@Root() r: Resident, @Ctx() ctx: RequestContext): Promise<FocusPerson[]> {
    return (await ctx.use(focusByResident).load(r.id)).map(toFocusPerson);
  }
}

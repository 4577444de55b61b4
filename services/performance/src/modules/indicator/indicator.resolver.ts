import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { PerformanceContext } from '../../context';
import { IndicatorEntity } from './indicator.entity';
import { toIndicator } from './indicator.mapper';
import { Indicator } from './indicator.type';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Authorized()
  @Query(() => [Indicator], { description: '考核指标目录' })
  async indicators(@Ctx() ctx: PerformanceContext, @Arg('activeOnly', { defaultValue: true }) activeOnly: boolean) {
    return (await ctx.em.find(IndicatorEntity, activeOnly ? { active: true } : {}, { orderBy: { code: 'asc' } })).map(toIndicator);
  }

  @Authorized()
  @Query(() => Indicator, { nullable: true })
  async indicator(@Arg('code') code: string, @Ctx() ctx: PerformanceContext) {
    const e = await ctx.em.findOne(IndicatorEntity, { code });
    return e && toIndicator(e);
  }
}

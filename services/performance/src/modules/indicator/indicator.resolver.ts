import { randomUUID } from 'node:crypto';
import { atVersion, createOrRevise, found, mutation, orRefuse, refuse, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { findCommunity, stationExists } from '../federation/places';
import { IndicatorEntity } from './indicator.entity';
import { toIndicator } from './indicator.mapper';
import { Indicator, IndicatorPayload } from './indicator.type';
import { IndicatorOverrideEntity, ScopeLevel } from './override.entity';
import { IndicatorOverride, IndicatorOverridePayload, SetIndicatorOverrideInput } from './override.type';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Authorized()
  @Query(() => [Indicator], { description: '考核指标目录' })
  async indicators(@Ctx() ctx: RequestContext, @Arg('activeOnly', { defaultValue: true }) activeOnly: boolean) {
    return (await ctx.em.find(IndicatorEntity, activeOnly ? { active: true } : {}, { orderBy: { code: 'asc' } })).map(toIndicator);
  }

  @Authorized()
  @Query(() => Indicator, { nullable: true })
  async indicator(@Arg('code') code: string, @Ctx() ctx: RequestContext) {
    const e = await ctx.em.findOne(IndicatorEntity, { code });
    return e && toIndicator(e);
  }

  @Authorized()
  @Query(() => [IndicatorOverride], { description: '各派出所、社区对指标目标与权重的调整' })
  async indicatorOverrides(@Ctx() ctx: RequestContext): Promise<IndicatorOverride[]> {
    const rows = await ctx.em.find(IndicatorOverrideEntity, {}, { populate: ['indicator'] });
    return rows.map(toOverride);
  }

  @Authorized('district_admin')
  @Mutation(() => IndicatorPayload, { description: '启用或停用一项指标；未发布的考核期随之计算，总分按启用指标的权重折算为百分制' })
  async setIndicatorActive(
    @Arg('code') code: string,
    @Arg('active') active: boolean,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorPayload> {
    return mutation('indicator', null, async () => {
      const indicator = found(await ctx.em.findOne(IndicatorEntity, { code }), 'INDICATOR_NOT_FOUND', '指标', 'code');
      return toIndicator(await atVersion(ctx.em, indicator, version, (_tx, i) => ((i.active = active), i)));
    });
  }

  @Authorized('district_admin')
  @Mutation(() => IndicatorOverridePayload, { description: '调整某派出所或社区的指标目标、权重（修改、取消时带上 version）；未发布的考核期按新值计算' })
  async setIndicatorOverride(
    @Arg('input', () => SetIndicatorOverrideInput) input: SetIndicatorOverrideInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorOverridePayload> {
    return mutation('override', input, async () => {
      const indicator = found(await ctx.em.findOne(IndicatorEntity, { code: input.code }), 'INDICATOR_NOT_FOUND', '指标', 'code');
      if (input.level === ScopeLevel.officer) refuse('OVERRIDE_SCOPE', '目标与权重按派出所或社区调整，不按个人', 'level');
      if (!(await placeExists(ctx, input.level, input.scopeId))) refuse('OVERRIDE_SCOPE', '该派出所或社区不存在', 'scopeId');
      const existing = await ctx.em.findOne(IndicatorOverrideEntity, { indicator, level: input.level, scopeId: input.scopeId });
      if (input.target == null && input.weight == null) {
        // no target and no weight: the adjustment is withdrawn
        if (existing) await atVersion(ctx.em, existing, input.version ?? -1, (tx, o) => tx.remove(o));
        return null;
      }
      const values = { target: input.target == null ? null : String(input.target), weight: input.weight == null ? null : String(input.weight) };
      const saved = await createOrRevise(
        ctx.em,
        existing,
        input.version,
        (o) => Object.assign(o, values),
        () => ctx.em.create(IndicatorOverrideEntity, { id: randomUUID(), indicator, level: input.level, scopeId: input.scopeId, ...values }),
      );
      return toOverride(orRefuse(saved));
    });
  }
}

/** The place an override is for, as population knows it. */
async function placeExists(ctx: RequestContext, level: ScopeLevel, id: string): Promise<boolean> {
  return level === ScopeLevel.station ? stationExists(ctx, id) : !!(await findCommunity(ctx, id));
}

const toOverride = (o: IndicatorOverrideEntity): IndicatorOverride => ({
  code: o.indicator.code,
  level: o.level,
  scopeId: o.scopeId,
  target: o.target == null ? null : Number(o.target),
  weight: o.weight == null ? null : Number(o.weight),
  version: o.version,
});

import { randomUUID } from 'node:crypto';
import { createOrRevise, updateWithVersion, userError, validateInput, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
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
    const indicator = await ctx.em.findOne(IndicatorEntity, { code });
    if (!indicator) return { indicator: null, errors: [userError('INDICATOR_NOT_FOUND', '没有这项指标', 'code')] };
    const result = await updateWithVersion(ctx.em, indicator, version, (_tx, i) => ((i.active = active), i));
    return result.ok ? { indicator: toIndicator(result.value), errors: [] } : { indicator: null, errors: [result.error] };
  }

  @Authorized('district_admin')
  @Mutation(() => IndicatorOverridePayload, { description: '调整某派出所或社区的指标目标、权重（修改、取消时带上 version）；未发布的考核期按新值计算' })
  async setIndicatorOverride(
    @Arg('input', () => SetIndicatorOverrideInput) input: SetIndicatorOverrideInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorOverridePayload> {
    const problems = await validateInput(input);
    const indicator = await ctx.em.findOne(IndicatorEntity, { code: input.code });
    if (!indicator) problems.push(userError('INDICATOR_NOT_FOUND', '没有这项指标', 'code'));
    if (input.level === ScopeLevel.officer) problems.push(userError('OVERRIDE_SCOPE', '目标与权重按派出所或社区调整，不按个人', 'level'));
    else if (!problems.length && !(await placeExists(ctx, input.level, input.scopeId)))
      problems.push(userError('OVERRIDE_SCOPE', '该派出所或社区不存在', 'scopeId'));
    if (problems.length) return { override: null, errors: problems };
    const existing = await ctx.em.findOne(IndicatorOverrideEntity, { indicator, level: input.level, scopeId: input.scopeId });
    if (input.target == null && input.weight == null) {
      if (!existing) return { override: null, errors: [] };
      const removed = await updateWithVersion(ctx.em, existing, input.version ?? -1, (tx, o) => tx.remove(o));
      return { override: null, errors: removed.ok ? [] : [removed.error] };
    }
    const values = { target: input.target == null ? null : String(input.target), weight: input.weight == null ? null : String(input.weight) };
    const result = await createOrRevise(
      ctx.em,
      existing,
      input.version,
      (o) => Object.assign(o, values),
      () => ctx.em.create(IndicatorOverrideEntity, { id: randomUUID(), indicator: indicator!, level: input.level, scopeId: input.scopeId, ...values }),
    );
    return result.ok ? { override: toOverride(result.value), errors: [] } : { override: null, errors: [result.error] };
  }
}

/** The place an override is for, as population knows it. */
async function placeExists(ctx: RequestContext, level: ScopeLevel, id: string): Promise<boolean> {
  const field = level === ScopeLevel.station ? 'station' : 'community';
  const data = await ctx.gateway.query<Record<string, { id: string } | null>>(`query OverridePlace($id: ID!) { place: ${field}(id: $id) { id } }`, { id });
  return !!data.place;
}

const toOverride = (o: IndicatorOverrideEntity): IndicatorOverride => ({
  code: o.indicator.code,
  level: o.level,
  scopeId: o.scopeId,
  target: o.target == null ? null : Number(o.target),
  weight: o.weight == null ? null : Number(o.weight),
  version: o.version,
});

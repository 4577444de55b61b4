import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Community, Officer, Station } from '../federation/federation.type';
import { ScopeLevel } from '../indicator/override.entity';
import { PublishPayload, Scorecard } from './scorecard.type';
import { ScorecardService } from './scorecard.service';
import { type RequestContext, parsePeriodCode } from '@cp/service-kit';

const PERIOD = { description: '考核期：2026（年）、2026-Q1（季）、2026-03（月）、2026-W10（周）' };

/** Scores are about places, not people: every console user reads them (partners do not). */
@Resolver(() => Scorecard)
export class ScorecardResolver {
  @Authorized()
  @Query(() => [Scorecard], { description: '排名：某考核期全部派出所或社区的记分卡，名次在前；已发布的为快照，未发布的为实时草稿' })
  ranking(@Arg('period', PERIOD) period: string, @Arg('level', () => ScopeLevel) level: ScopeLevel, @Ctx() ctx: RequestContext) {
    return ctx.use(ScorecardService).ranked(parsePeriodCode(period), level);
  }

  @Authorized()
  @Query(() => [Scorecard], { description: '走势：同一对象最近若干个同类考核期的记分卡（旧的在前，最多 8 期）' })
  scorecardTrend(
    @Arg('period', PERIOD) period: string,
    @Arg('level', () => ScopeLevel) level: ScopeLevel,
    @Arg('scopeId') scopeId: string,
    @Arg('periods', () => Int, { nullable: true, description: '期数，默认 4' }) periods: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.use(ScorecardService).trend(level, scopeId, period, periods ?? 4);
  }

  @Authorized('district_admin')
  @Mutation(() => PublishPayload, { description: '发布一个已结束的考核期：全部记分卡冻结为快照，之后的数据变化不再改写' })
  publishPeriod(@Arg('period', PERIOD) period: string, @Ctx() ctx: RequestContext) {
    return ctx.use(ScorecardService).publish(period);
  }
}

@Resolver(() => Community)
export class CommunityScorecardResolver {
  @Authorized()
  @FieldResolver(() => Scorecard, { nullable: true, description: '社区记分卡' })
  scorecard(@Root() c: Community, @Arg('period', PERIOD) period: string, @Ctx() ctx: RequestContext) {
    return ctx.use(ScorecardService).ofCommunity(c.id, period);
  }
}

@Resolver(() => Station)
export class StationScorecardResolver {
  @Authorized()
  @FieldResolver(() => Scorecard, { nullable: true, description: '派出所记分卡（各社区事实之和）' })
  scorecard(@Root() s: Station, @Arg('period', PERIOD) period: string, @Ctx() ctx: RequestContext) {
    return ctx.use(ScorecardService).ofStation(s.id, period);
  }

  @Authorized()
  @FieldResolver(() => [Scorecard], { description: '本所各社区的记分卡，按全区名次' })
  async ranking(@Root() s: Station, @Arg('period', PERIOD) period: string, @Ctx() ctx: RequestContext) {
    return (await ctx.use(ScorecardService).ranked(parsePeriodCode(period), ScopeLevel.community)).filter((c) => c.stationId === s.id);
  }
}

@Resolver(() => Officer)
export class OfficerScorecardResolver {
  @Authorized()
  @FieldResolver(() => Scorecard, { nullable: true, description: '社区民警记分卡：其任 A 岗的社区的事实之和，加本人在社区时间；非 A 岗为空' })
  scorecard(@Root() o: Officer, @Arg('period', PERIOD) period: string, @Ctx() ctx: RequestContext) {
    return ctx.use(ScorecardService).ofOfficer(o.id, period);
  }
}

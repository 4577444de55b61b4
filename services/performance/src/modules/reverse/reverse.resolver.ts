import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Department, DepartmentRating, DepartmentRatingPayload, DepartmentResult, RateDepartmentInput } from './reverse.type';
import { ReverseEvaluationService } from './reverse.service';
import { type RequestContext } from '@cp/service-kit';

const PERIOD = { description: '考核期，如 2026-Q1' };

@Resolver(() => DepartmentRating)
export class ReverseEvaluationResolver {
  @Authorized()
  @Query(() => [Department], { description: '接受逆考评的职能部门' })
  departments(@Ctx() ctx: RequestContext) {
    return ctx.use(ReverseEvaluationService).departments();
  }

  @Authorized('district_admin', 'station_head')
  @Query(() => [DepartmentRating], { description: '逆考评明细：分局看全部，派出所看本所' })
  departmentRatings(
    @Arg('period', PERIOD) period: string,
    @Ctx() ctx: RequestContext,
    @Arg('stationId', () => ID, { nullable: true }) stationId?: string | null,
  ) {
    return ctx.use(ReverseEvaluationService).ratings(period, stationId);
  }

  @Authorized()
  @Query(() => [DepartmentResult], { description: '逆考评结果：职能部门按各所平均得分排名' })
  departmentRanking(@Arg('period', PERIOD) period: string, @Ctx() ctx: RequestContext) {
    return ctx.use(ReverseEvaluationService).ranking(period);
  }

  @Authorized('station_head')
  @Mutation(() => DepartmentRatingPayload, { description: '派出所评价职能部门本期的支撑情况（发布前可修改）' })
  rateDepartment(@Arg('input', () => RateDepartmentInput) input: RateDepartmentInput, @Ctx() ctx: RequestContext) {
    return ctx.use(ReverseEvaluationService).rate(input);
  }
}

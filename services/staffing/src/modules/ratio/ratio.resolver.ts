import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { StaffingReport } from './ratio.type';
import { RatioService } from './ratio.service';
import { type RequestContext } from '@cp/service-kit';

@Resolver()
export class RatioResolver {
  @Authorized()
  @Query(() => StaffingReport, { description: '警力配置与缺口（限本人辖区）：社区民警、辅警对照人口与户数，派出所两个 40%' })
  staffingReport(@Ctx() ctx: RequestContext, @Arg('stationId', () => ID, { nullable: true }) stationId?: string) {
    return ctx.use(RatioService).report(stationId);
  }
}

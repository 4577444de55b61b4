import { PARTNERS_TOO, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { RiskMap } from './risk.type';
import { RiskMapService } from './risk-map.service';

@Resolver()
export class RiskMapResolver {
  @Authorized(PARTNERS_TOO)
  @Query(() => RiskMap, { description: '矛盾风险地图（限本人辖区）：在办纠纷按警格、社区汇总' })
  disputeRiskMap(
    @Ctx() ctx: RequestContext,
    @Arg('stationId', () => ID, { nullable: true }) stationId?: string,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
  ) {
    return ctx.use(RiskMapService).map(stationId, communityId);
  }
}

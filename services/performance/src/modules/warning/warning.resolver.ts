import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AcknowledgeWarningInput, PerformanceWarning, AcknowledgeWarningPayload } from './warning.type';
import { WarningService } from './warning.service';
import { type RequestContext } from '@cp/service-kit';

@Resolver(() => PerformanceWarning)
export class WarningResolver {
  @Authorized()
  @Query(() => [PerformanceWarning], { description: '考核预警（限本人辖区），新的在前' })
  performanceWarnings(
    @Ctx() ctx: RequestContext,
    @Arg('period', () => String, { nullable: true }) period?: string,
    @Arg('openOnly', () => Boolean, { nullable: true, description: '只看未签收的' }) openOnly?: boolean,
  ) {
    return ctx.use(WarningService).list(period, !!openOnly);
  }

  @Authorized('district_admin', 'station_head')
  @Mutation(() => AcknowledgeWarningPayload, { description: '签收考核预警并说明整改措施（所长或分局）' })
  acknowledgeWarning(@Arg('input', () => AcknowledgeWarningInput) input: AcknowledgeWarningInput, @Ctx() ctx: RequestContext) {
    return ctx.use(WarningService).acknowledge(input);
  }
}

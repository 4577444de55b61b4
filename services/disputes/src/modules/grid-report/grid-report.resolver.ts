import { PARTNERS_TOO, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { GridEventInput } from './grid-report.inputs';
import { GridEventPayload } from './grid-report.type';
import { GridReportService } from './grid-report.service';

@Resolver()
export class GridReportResolver {
  @Authorized(PARTNERS_TOO)
  @Mutation(() => GridEventPayload, { description: '网格事件上报：生成纠纷线索；同一幂等键重试只生成一次' })
  reportGridEvent(@Arg('input', () => GridEventInput) input: GridEventInput, @Ctx() ctx: RequestContext) {
    return ctx.use(GridReportService).report(input);
  }
}

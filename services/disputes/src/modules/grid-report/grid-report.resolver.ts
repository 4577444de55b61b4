import { PARTNERS_TOO } from '@cp/service-kit';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { DisputesContext } from '../../context';
import { GridEventInput } from './grid-report.inputs';
import { GridEventPayload } from './grid-report.type';

@Resolver()
export class GridReportResolver {
  @Authorized(PARTNERS_TOO)
  @Mutation(() => GridEventPayload, { description: '网格事件上报：生成纠纷线索；同一幂等键重试只生成一次' })
  reportGridEvent(@Arg('input', () => GridEventInput) input: GridEventInput, @Ctx() ctx: DisputesContext) {
    return ctx.gridReports.report(input);
  }
}

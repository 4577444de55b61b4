import { jurisdictionWhere, ledgerOf, LEDGER_MAX_ROWS, parsePeriod, requireJurisdiction, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { toDispute } from '../dispute/dispute.mapper';
import { DisputeEventEntity } from '../lifecycle/event.entity';
import { toDisputeEvent } from '../lifecycle/lifecycle.mapper';
import { DisputeStepLedger } from './ledger.type';

@Resolver()
export class DisputeLedgerResolver {
  /** 纠纷台账 and the officer's work log: every step recorded in a period, with its dispute, in one statement. */
  @Authorized('district_admin', 'station_head', 'community_officer')
  @Query(() => DisputeStepLedger, { description: '纠纷处置台账（限本人辖区）[from, to)，可按派出所、民警筛选' })
  async disputeStepLedger(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
    @Arg('stationId', () => ID, { nullable: true }) stationId?: string,
    @Arg('officerId', () => ID, { nullable: true, description: '经办民警（其本人做的处置）' }) officerId?: string,
  ): Promise<DisputeStepLedger> {
    const [f, t] = parsePeriod(from, to);
    const rows = await ctx.em.find(
      DisputeEventEntity,
      {
        at: { $gte: f, $lt: t },
        dispute: { $and: [jurisdictionWhere(requireJurisdiction(ctx.claims)), stationId ? { stationId } : {}] },
        ...(officerId ? { actorOfficerId: officerId } : {}),
      },
      { populate: ['dispute'], orderBy: { at: 'asc', id: 'asc' }, limit: LEDGER_MAX_ROWS + 1 },
    );
    return ledgerOf(rows, (e) => ({ event: toDisputeEvent(e), dispute: toDispute(e.dispute) }));
  }
}

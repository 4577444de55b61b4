import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Dispute } from '../dispute/dispute.type';
import { WarningKind, WarningStatus } from './warning.entity';
import {
  AcknowledgeRiskNoticeInput,
  CloseWarningInput,
  DisputeWarning,
  DisputeWarningConnection,
  IssueRiskNoticeInput,
  RiskNotice,
  RiskNoticePayload,
  WarningPayload,
} from './warning.type';
import { DisputeService } from '../dispute/dispute.service';
import { WarningService } from './warning.service';
import { type RequestContext } from '@cp/service-kit';

@Resolver(() => DisputeWarning)
export class WarningResolver {
  @Authorized()
  @Query(() => DisputeWarningConnection, { description: '预警收件箱（限本人辖区），新的在前' })
  disputeWarnings(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => WarningStatus, { nullable: true }) status?: WarningStatus,
    @Arg('kind', () => WarningKind, { nullable: true }) kind?: WarningKind,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.use(WarningService).list({ status, kind, first, after });
  }

  @Authorized()
  @Mutation(() => WarningPayload, { description: '签收预警' })
  acknowledgeDisputeWarning(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return ctx.use(WarningService).acknowledge(id, version);
  }

  @Authorized()
  @Mutation(() => WarningPayload, { description: '关闭预警（须写明处置情况）' })
  closeDisputeWarning(@Arg('input', () => CloseWarningInput) input: CloseWarningInput, @Ctx() ctx: RequestContext) {
    return ctx.use(WarningService).close(input);
  }

  @FieldResolver(() => Dispute, { nullable: true })
  dispute(@Root() w: DisputeWarning, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeService).get(w.disputeId);
  }
}

@Resolver(() => RiskNotice)
export class RiskNoticeResolver {
  @Authorized()
  @Query(() => [RiskNotice], { description: '风险告知单、提示函（限本人辖区），可按是否已签收筛选' })
  riskNotices(@Ctx() ctx: RequestContext, @Arg('acknowledged', () => Boolean, { nullable: true }) acknowledged?: boolean) {
    return ctx.use(WarningService).notices(acknowledged);
  }

  @Authorized()
  @Mutation(() => RiskNoticePayload, { description: '向其他部门发出风险告知单或提示函' })
  issueRiskNotice(@Arg('input', () => IssueRiskNoticeInput) input: IssueRiskNoticeInput, @Ctx() ctx: RequestContext) {
    return ctx.use(WarningService).issueNotice(input);
  }

  @Authorized()
  @Mutation(() => RiskNoticePayload, { description: '登记接收部门签收' })
  acknowledgeRiskNotice(@Arg('input', () => AcknowledgeRiskNoticeInput) input: AcknowledgeRiskNoticeInput, @Ctx() ctx: RequestContext) {
    return ctx.use(WarningService).acknowledgeNotice(input);
  }

  @FieldResolver(() => Dispute, { nullable: true })
  dispute(@Root() n: RiskNotice, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeService).get(n.disputeId);
  }
}

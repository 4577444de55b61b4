import { PARTNERS_TOO, selects, type RequestContext } from '@cp/service-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Community, Grid, Officer, Resident } from '../federation/federation.type';
import { DisputeEvent } from '../lifecycle/lifecycle.type';
import { toDisputeEvent } from '../lifecycle/lifecycle.mapper';
import { actionsFrom, DisputeAction } from '../lifecycle/state-machine';
import { RepeatLink, type RepeatReasonKind } from '../repeat/repeat.type';
import { assessRisk } from '../risk/risk-rules';
import { RiskAssessmentType } from '../risk/risk.type';
import { DisputeTransfer } from '../transfer/transfer.type';
import { toNotice, toWarning } from '../warning/warning.mapper';
import { DisputeWarning, RiskNotice } from '../warning/warning.type';
import { DisputeGrade, DisputeStatus, RiskLevel } from './dispute.entity';
import { RegisterDisputeInput } from './dispute.inputs';
import { toDispute, toParty } from './dispute.mapper';
import { Dispute, DisputeConnection, DisputeOrder, DisputeParty, DisputePayload } from './dispute.type';
import { disputeRules } from '../rules/rules.loaders';
import { partiesByDispute } from './dispute.loaders';
import { eventsByDispute } from '../lifecycle/lifecycle.loaders';
import { transfersByDispute } from '../transfer/transfer.loaders';
import { repeatedBy, repeatsOf } from '../repeat/repeat.loaders';
import { noticesByDispute, warningsByDispute } from '../warning/warning.loaders';
import { DisputeService } from './dispute.service';
import { DisputeWriter } from '../lifecycle/dispute-writer';

@ObjectType({ description: '看板的一列：某状态的纠纷数与最新几起' })
class DisputeBoardColumn {
  @Field(() => DisputeStatus) status!: DisputeStatus;
  @Field(() => Int) count!: number;
  @Field(() => [Dispute]) nodes!: Dispute[];
}

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

@Resolver(() => Dispute)
export class DisputeResolver {
  @Authorized(PARTNERS_TOO)
  @Query(() => Dispute, { nullable: true, description: '按 id 查询纠纷（限本人辖区）' })
  dispute(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeService).get(id);
  }

  @Authorized(PARTNERS_TOO)
  @Query(() => DisputeConnection, { description: '纠纷台账（限本人辖区），新登记的在前，按游标分页' })
  disputes(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('gridId', () => ID, { nullable: true }) gridId?: string,
    @Arg('status', () => DisputeStatus, { nullable: true }) status?: DisputeStatus,
    @Arg('grade', () => DisputeGrade, { nullable: true }) grade?: DisputeGrade,
    @Arg('riskLevel', () => RiskLevel, { nullable: true }) riskLevel?: RiskLevel,
    @Arg('category', () => String, { nullable: true }) category?: string,
    @Arg('repeat', () => Boolean, { nullable: true, description: '只看（或排除）重复报警' }) repeat?: boolean,
    @Arg('progressOverdue', () => Boolean, { nullable: true, description: '只看（或排除）进展逾期' }) progressOverdue?: boolean,
    @Arg('handlerOfficerId', () => ID, { nullable: true }) handlerOfficerId?: string,
    @Arg('search', () => String, { nullable: true, description: '按标题或地址搜索' }) search?: string,
    @Arg('reportedSince', () => String, { nullable: true, description: '登记时间起（含），ISO 8601' }) reportedSince?: string,
    @Arg('reportedUntil', () => String, { nullable: true, description: '登记时间止（不含），ISO 8601' }) reportedUntil?: string,
    @Arg('overdueSince', () => String, { nullable: true, description: '期间内曾逾期（进展或移交反馈）：期间起（含），与 overdueUntil 同用' })
    overdueSince?: string,
    @Arg('overdueUntil', () => String, { nullable: true, description: '期间内曾逾期：期间止（不含）' }) overdueUntil?: string,
    @Arg('offset', () => Int, { nullable: true, description: '跳过前若干条（跳到第 N 页；最多 10000，与 after 二选一）' }) offset?: number,
    @Arg('orderBy', () => DisputeOrder, { nullable: true, description: '排序；不给时最新登记在前' }) orderBy?: InstanceType<typeof DisputeOrder>,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return ctx.use(DisputeService).list(
      {
        first,
        after,
        communityId,
        gridId,
        status,
        grade,
        riskLevel,
        category,
        repeat,
        progressOverdue,
        handlerOfficerId,
        search,
        reportedSince,
        reportedUntil,
        overdueSince,
        overdueUntil,
        offset,
        orderBy,
      },
      { withTotal: !!info && selects(info, 'totalCount') },
    );
  }

  @Authorized()
  @Query(() => [DisputeBoardColumn], { description: '状态看板（限本人辖区）：每个状态的纠纷数与最新几起' })
  disputeBoard(
    @Ctx() ctx: RequestContext,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('perColumn', () => Int, { nullable: true, description: '每列条数，默认 20，最多 50' }) perColumn?: number,
  ) {
    return ctx.use(DisputeService).board(communityId, perColumn ?? 20);
  }

  @Authorized()
  @Query(() => [Dispute], { description: '民警的纠纷工作清单：由其处置的在办纠纷，进展到期早的在前；默认本人' })
  disputeWorklist(@Ctx() ctx: RequestContext, @Arg('officerId', () => ID, { nullable: true }) officerId?: string) {
    const who = officerId ?? ctx.claims!.officerId;
    return who ? ctx.use(DisputeService).worklist(who) : [];
  }

  @Authorized()
  @Mutation(() => DisputePayload, { description: '登记矛盾纠纷：自动识别重复报警并关联，按规则产生预警' })
  registerDispute(@Arg('input', () => RegisterDisputeInput) input: RegisterDisputeInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeWriter).register(input);
  }

  @FieldResolver(() => [DisputeParty], { description: '当事人' })
  async parties(@Root() d: Dispute, @Ctx() ctx: RequestContext) {
    return (await ctx.use(partiesByDispute).load(d.id)).map(toParty);
  }

  @FieldResolver(() => Community, { nullable: true, description: '发生地社区' })
  community(@Root() d: Dispute): Community {
    return { id: d.communityId };
  }

  @FieldResolver(() => Grid, { nullable: true, description: '发生地警格' })
  grid(@Root() d: Dispute): Grid | null {
    return d.gridId ? { id: d.gridId } : null;
  }

  @FieldResolver(() => Officer, { nullable: true, description: '当前应处置的民警（随处置级别：社区民警、社区警务队长或所长）' })
  handler(@Root() d: Dispute): Officer | null {
    return d.handlerOfficerId ? { id: d.handlerOfficerId } : null;
  }

  @FieldResolver(() => Officer, { nullable: true, description: '一盯到底的跟进民警' })
  assignedOfficer(@Root() d: Dispute): Officer | null {
    return d.assignedOfficerId ? { id: d.assignedOfficerId } : null;
  }

  @FieldResolver(() => RiskAssessmentType, { description: '民转刑风险评分及依据' })
  async risk(@Root() d: Dispute, @Ctx() ctx: RequestContext) {
    const rules = await ctx.use(disputeRules);
    return assessRisk({ ...d, progressDueAt: d.progressOverdue ? d.progressDueAtDate : null }, new Date(), rules.highRiskScore);
  }

  @FieldResolver(() => [DisputeAction], { description: '当前状态下可执行的流转动作' })
  availableActions(@Root() d: Dispute) {
    return actionsFrom(d.status);
  }

  @FieldResolver(() => [DisputeEvent], { description: '处置记录，按时间先后（不可修改）' })
  async history(@Root() d: Dispute, @Ctx() ctx: RequestContext): Promise<DisputeEvent[]> {
    return (await ctx.use(eventsByDispute).load(d.id)).map(toDisputeEvent);
  }

  @FieldResolver(() => [DisputeTransfer], { description: '三调联动移交记录' })
  async transfers(@Root() d: Dispute, @Ctx() ctx: RequestContext): Promise<DisputeTransfer[]> {
    const now = new Date();
    return (await ctx.use(transfersByDispute).load(d.id)).map((t) => ({
      id: t.id,
      target: t.target,
      receiverId: t.receiver?.id ?? null,
      receiverName: t.receiverName,
      transferredAt: t.transferredAt.toISOString(),
      dueAt: t.dueAt.toISOString(),
      overdue: !t.outcome && t.dueAt < now,
      receivedAt: iso(t.receivedAt),
      receivedBy: t.receivedBy ?? null,
      outcome: t.outcome ?? null,
      outcomeNote: t.outcomeNote ?? null,
      outcomeAt: iso(t.outcomeAt),
    }));
  }

  @FieldResolver(() => [RepeatLink], { description: '本纠纷重复的先前纠纷' })
  async repeatOf(@Root() d: Dispute, @Ctx() ctx: RequestContext): Promise<RepeatLink[]> {
    return (await ctx.use(repeatsOf).load(d.id)).map((l) => ({ dispute: toDispute(l.earlier), reasons: l.reasons as RepeatReasonKind[] }));
  }

  @FieldResolver(() => [RepeatLink], { description: '后来重复本纠纷的报警' })
  async repeatedBy(@Root() d: Dispute, @Ctx() ctx: RequestContext): Promise<RepeatLink[]> {
    return (await ctx.use(repeatedBy).load(d.id)).map((l) => ({ dispute: toDispute(l.dispute), reasons: l.reasons as RepeatReasonKind[] }));
  }

  @FieldResolver(() => [DisputeWarning], { description: '本纠纷的预警' })
  async warnings(@Root() d: Dispute, @Ctx() ctx: RequestContext) {
    return (await ctx.use(warningsByDispute).load(d.id)).map(toWarning);
  }

  @FieldResolver(() => [RiskNotice], { description: '发出的风险告知单、提示函' })
  async riskNotices(@Root() d: Dispute, @Ctx() ctx: RequestContext) {
    return (await ctx.use(noticesByDispute).load(d.id)).map(toNotice);
  }
}

@Resolver(() => DisputeParty)
export class DisputePartyResolver {
  @FieldResolver(() => Resident, { nullable: true, description: '已关联的实有人口' })
  resident(@Root() p: DisputeParty): Resident | null {
    return p.residentId ? { id: p.residentId } : null;
  }
}

@Resolver(() => Resident)
export class ResidentDisputesResolver {
  @FieldResolver(() => [Dispute], { nullable: true, description: '此人作为当事人的纠纷（限本人辖区）' })
  disputes(@Root() r: Resident, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeService).ofResident(r.id);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ApprovalStatus } from './approval.entity';
import { toApproval, toApprovalEvent, toAssignment } from './approval.mapper';
import {
  Approval,
  ApprovalEvent,
  ApprovalPayload,
  AssignDutyInput,
  AssignmentPayload,
  AssignPostInput,
  DecideApprovalInput,
  DutyKind,
  DutyKindPayload,
  PostPayload,
  RequestApprovalInput,
  SaveDutyKindInput,
} from './approval.type';
import { DutyKindService } from './duty-kind.service';
import { approvalEvents, exceptionsInForce } from './approval.loaders';
import { Officer } from '../officer/officer.type';
import { ApprovalService } from './approval.service';
import { holds, type RequestContext } from '@cp/service-kit';

const asPayload = (p: { approval: Parameters<typeof toApproval>[0] | null; errors: ApprovalPayload['errors'] }): ApprovalPayload => ({
  approval: p.approval && toApproval(p.approval),
  errors: p.errors,
});

@Resolver(() => Approval)
export class ApprovalResolver {
  @Authorized()
  @Query(() => [Approval], { description: '审批收件箱（限本人辖区），新的在前' })
  async approvals(
    @Ctx() ctx: RequestContext,
    @Arg('stationId', () => ID, { nullable: true }) stationId?: string,
    @Arg('status', () => ApprovalStatus, { nullable: true }) status?: ApprovalStatus,
  ) {
    const now = new Date();
    return (await ctx.use(ApprovalService).inbox(stationId, status)).map((a) => toApproval(a, now));
  }

  @Authorized()
  @Mutation(() => ApprovalPayload, { description: '提交四不准例外审批（含社区民警调整）' })
  async requestApproval(@Arg('input', () => RequestApprovalInput) input: RequestApprovalInput, @Ctx() ctx: RequestContext) {
    return asPayload(await ctx.use(ApprovalService).request(input));
  }

  @Authorized('station_head', 'district_admin')
  @Mutation(() => ApprovalPayload, {
    description: '签批：本所双正职依次签批（常态勤务、调整还须分局），申请人不能签批，批准、驳回都须写明理由；最后一位签批后生效，调整按先补充、后调离执行',
  })
  async decideApproval(@Arg('input', () => DecideApprovalInput) input: DecideApprovalInput, @Ctx() ctx: RequestContext) {
    return asPayload(await ctx.use(ApprovalService).decide(input));
  }

  @Authorized('station_head', 'district_admin')
  @Mutation(() => ApprovalPayload, { description: '撤销已批准的审批' })
  async revokeApproval(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return asPayload(await ctx.use(ApprovalService).revoke(id, version));
  }

  @Authorized('station_head', 'district_admin')
  @Mutation(() => AssignmentPayload, { description: '安排排班以外的工作：专职社区民警的巡逻车、常态勤务、办案须有有效审批' })
  async assignDuty(@Arg('input', () => AssignDutyInput) input: AssignDutyInput, @Ctx() ctx: RequestContext): Promise<AssignmentPayload> {
    const r = await ctx.use(ApprovalService).assign(input);
    return { assignment: r.assignment && toAssignment(r.assignment), errors: r.errors };
  }

  @Authorized('station_head', 'district_admin')
  @Mutation(() => PostPayload, { description: '任命社区 A/B 岗或辅警；更换专职社区民警须有已批准的调整审批' })
  assignCommunityPost(@Arg('input', () => AssignPostInput) input: AssignPostInput, @Ctx() ctx: RequestContext) {
    return ctx.use(ApprovalService).assignPost(input);
  }

  @Authorized()
  @Query(() => [DutyKind], { description: '勤务类别（分局维护的清单），各注明是否受四不准约束' })
  dutyKinds(@Ctx() ctx: RequestContext, @Arg('includeInactive', { nullable: true }) includeInactive?: boolean) {
    return ctx.use(DutyKindService).list(includeInactive ?? false);
  }

  @Authorized('district_admin')
  @Mutation(() => DutyKindPayload, { description: '新增或修改勤务类别（分局管理员）；四不准所列勤务的限制不能取消' })
  saveDutyKind(@Arg('input', () => SaveDutyKindInput) input: SaveDutyKindInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DutyKindService).save(input);
  }

  @FieldResolver(() => [ApprovalEvent], { description: '审批记录' })
  async trail(@Root() a: Approval, @Ctx() ctx: RequestContext) {
    return (await ctx.use(approvalEvents).load(a.id)).map(toApprovalEvent);
  }
}

/** An officer's exceptions in force, where their profile is read (the approval module owns them). */
@Resolver(() => Officer)
export class OfficerExceptionsResolver {
  @FieldResolver(() => [Approval], { description: '生效中的四不准例外审批（已批准、未过期）' })
  async exceptionsInForce(@Root() o: Officer, @Ctx() ctx: RequestContext) {
    const now = new Date();
    // the station's and the officer's own business: others see none (as the approvals inbox)
    const mine = (a: { stationId: string }) => ctx.claims?.officerId === o.id || holds(ctx.claims, { stationId: a.stationId });
    return (await ctx.use(exceptionsInForce).load(o.id)).filter(mine).map((a) => toApproval(a, now));
  }
}

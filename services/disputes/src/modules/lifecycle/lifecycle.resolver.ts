import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { DisputePayload } from '../dispute/dispute.type';
import {
  AssessDisputeInput,
  AssignDisputeInput,
  ChangeGradeInput,
  DisputeStepInput,
  ReportProgressInput,
  ResolveDisputeInput,
  TransferDisputeInput,
  TransferOutcomeInput,
  TransferReceiptInput,
} from './lifecycle.inputs';
import { DisputeWriter } from './dispute-writer';
import { type RequestContext } from '@cp/service-kit';

/**
 * The lifecycle as mutations, one per action: illegal moves come back as
 * DISPUTE_ILLEGAL_TRANSITION, concurrent edits as STALE_VERSION; each legal one leaves history.
 */
@Resolver()
export class DisputeLifecycleResolver {
  @Authorized()
  @Mutation(() => DisputePayload, { description: '研判（已登记 → 已研判）：确定风险等级、处置级别' })
  assessDispute(@Arg('input', () => AssessDisputeInput) input: AssessDisputeInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeWriter).assess(input);
  }

  @Authorized()
  @Mutation(() => DisputePayload, { description: '开始调解（已研判 → 调解中）' })
  startDisputeMediation(@Arg('input', () => DisputeStepInput) input: DisputeStepInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeWriter).startMediation(input);
  }

  @Authorized()
  @Mutation(() => DisputePayload, { description: '化解办结（调解中 → 已化解）' })
  resolveDispute(@Arg('input', () => ResolveDisputeInput) input: ResolveDisputeInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeWriter).resolve(input);
  }

  @Authorized()
  @Mutation(() => DisputePayload, { description: '移交三调联动（已研判/调解中 → 已移交），跟踪反馈期限' })
  transferDispute(@Arg('input', () => TransferDisputeInput) input: TransferDisputeInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeWriter).transfer(input);
  }

  @Authorized()
  @Mutation(() => DisputePayload, { description: '登记移交单位签收' })
  recordTransferReceipt(@Arg('input', () => TransferReceiptInput) input: TransferReceiptInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeWriter).receiveTransfer(input);
  }

  @Authorized()
  @Mutation(() => DisputePayload, { description: '登记移交结果（已移交 → 已化解，或退回 → 调解中）' })
  recordTransferOutcome(@Arg('input', () => TransferOutcomeInput) input: TransferOutcomeInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeWriter).transferOutcome(input);
  }

  @Authorized()
  @Mutation(() => DisputePayload, { description: '升级转办（已研判/调解中 → 已升级），如转为案件办理' })
  escalateDispute(@Arg('input', () => DisputeStepInput) input: DisputeStepInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeWriter).escalate(input);
  }

  @Authorized()
  @Mutation(() => DisputePayload, { description: '复发重启（已化解 → 已登记）' })
  reopenDispute(@Arg('input', () => DisputeStepInput) input: DisputeStepInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeWriter).reopen(input);
  }

  @Authorized()
  @Mutation(() => DisputePayload, { description: '调整处置级别：升级任何辖区民警可提；降级须由当前处置人或所长' })
  changeDisputeGrade(@Arg('input', () => ChangeGradeInput) input: ChangeGradeInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeWriter).changeGrade(input);
  }

  @Authorized()
  @Mutation(() => DisputePayload, { description: '指派一盯到底的跟进民警' })
  assignDispute(@Arg('input', () => AssignDisputeInput) input: AssignDisputeInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeWriter).assign(input);
  }

  @Authorized()
  @Mutation(() => DisputePayload, { description: '报告每周化解进展' })
  reportDisputeProgress(@Arg('input', () => ReportProgressInput) input: ReportProgressInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeWriter).reportProgress(input);
  }
}

import { randomUUID } from 'node:crypto';
import { inJurisdiction } from '@cp/auth';
import {
  atVersion,
  oncePerClientKey,
  expectVersion,
  found,
  mutation,
  outsideJurisdiction,
  Refusal,
  refuse,
  refuseAny,
  requireJurisdiction,
  userError,
  validateInput,
  type BaseContext,
  type UserError,
} from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { communityPlace, residentPlaces, type CommunityPlace } from '../../places';
import { DisputeEntity, DisputeGrade, DisputePartyEntity, DisputeSource, Resolution, RiskLevel, DisputeStatus } from '../dispute/dispute.entity';
import type { DisputeReportFields, RegisterDisputeInput } from '../dispute/dispute.inputs';
import { toDispute } from '../dispute/dispute.mapper';
import type { DisputePayload } from '../dispute/dispute.type';
import { DisputeRepeatLinkEntity } from '../repeat/repeat-link.entity';
import { addressKey as keyOf } from '@cp/address';
import { findRepeats } from '../repeat/find-repeats';
import { assessRisk } from '../risk/risk-rules';
import { addDays, currentRules } from '../rules/current-rules';
import type { DisputeRulesEntity } from '../rules/rules.entity';
import { DisputeTransferEntity, ReceivingBodyEntity, TransferOutcome } from '../transfer/transfer.entity';
import { raiseWarning } from '../warning/raise-warning';
import { WarningKind } from '../warning/warning.entity';
import { ReceivingBodyService } from '../transfer/receiving-body.service';
import { authorizeActor, GRADE_FOR_RISK, GRADE_RANK, gradeAtRisk, gradeBelowRisk, handlerFor, refusePartner, regrade } from './dispute-access';
import { DisputeOverdueSpanEntity } from './overdue';
import { DisputeEventEntity, DisputeEventKind, type AttachmentMeta } from './event.entity';
import type {
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
import { checkTransition, DisputeAction, isOpen } from './state-machine';

type Change = { id: string; version: number; attachments?: AttachmentMeta[] | null };
type EventFields = { kind: DisputeEventKind; action?: DisputeAction; note?: string | null; details?: Record<string, unknown> };
type Step = {
  /** Refuses before anything is written (the version check guarantees the row is as read). */
  check?: (d: DisputeEntity) => UserError | null | Promise<UserError | null>;
  apply: (tx: EntityManager, d: DisputeEntity, now: Date, rules: DisputeRulesEntity) => EventFields | Promise<EventFields>;
  /** Only the handler (or a supervisor) may do this on a complex or major dispute (decided on the row as read). */
  needsHandler: boolean | 'strict' | ((d: DisputeEntity) => boolean);
};

const closedError = () => userError('DISPUTE_CLOSED', '该纠纷已办结或已移交，不能再做此操作', 'id');

/**
 * Every write to a dispute: registration, the lifecycle, grading, transfers, progress. Each is
 * one transaction that also appends the history entry and raises the warnings its rules call for.
 */
export class DisputeWriter {
  constructor(private readonly ctx: BaseContext) {}

  private get actor() {
    const c = this.ctx.claims!;
    return { actorId: c.sub, actorName: c.name, actorOfficerId: c.officerId ?? null };
  }

  // ——— registration ———————————————————————————————————————————————————————————

  register(input: RegisterDisputeInput): Promise<DisputePayload> {
    const mine = async (clientKey: string) => {
      const d = await this.ctx.em.findOne(DisputeEntity, { clientKey, registeredBy: this.ctx.claims?.sub ?? '' });
      return d && toDispute(d);
    };
    return mutation('dispute', null, async () => {
      refusePartner(this.ctx.claims); // before the form is even looked at
      refuseAny(await validateInput(input));
      // a lead from the street queued on a phone: a resend returns the dispute the first send made
      return oncePerClientKey(input.clientKey, mine, async () => {
        const placed = await this.place(input);
        if ('errors' in placed) throw new Refusal(placed.errors);
        if (input.assignedOfficerId && !placed.place.officerIds.includes(input.assignedOfficerId)) {
          refuse('OFFICER_NOT_IN_STATION', '跟进民警须为本所民警', 'assignedOfficerId');
        }
        const d = await this.ctx.em.transactional((tx) => this.insert(tx, input, placed.place, input.source, new Date()));
        return toDispute(d);
      });
    });
  }

  /**
   * The community exists, lies in the caller's jurisdiction, and holds the grid; every party
   * named by a resident id is a resident the caller may see (a partner cannot pull in a person
   * from outside its communities by their id).
   */
  async place(input: Pick<DisputeReportFields, 'communityId' | 'gridId' | 'parties'>): Promise<{ place: CommunityPlace } | { errors: UserError[] }> {
    const place = await communityPlace(this.ctx.gateway, input.communityId);
    if (!place) return { errors: [userError('COMMUNITY_NOT_FOUND', '所选社区不存在', 'communityId')] };
    const outside = outsideJurisdiction(this.ctx.claims, place, '社区', 'communityId');
    if (outside) return { errors: [outside] };
    const jurisdiction = requireJurisdiction(this.ctx.claims);
    if (input.gridId && !place.gridIds.includes(input.gridId)) {
      return { errors: [userError('GRID_NOT_IN_COMMUNITY', `所选警格不属于${place.communityName}`, 'gridId')] };
    }
    const named = [...new Set(input.parties.flatMap((p) => (p.residentId ? [p.residentId] : [])))];
    const residents = await residentPlaces(this.ctx.gateway, named);
    for (const id of named) {
      const at = residents.get(id);
      if (!at) return { errors: [userError('PARTY_RESIDENT_NOT_FOUND', '当事人不在实有人口中，请只填姓名', 'parties.residentId')] };
      if (!inJurisdiction(jurisdiction, at)) {
        return { errors: [userError('PARTY_OUTSIDE_JURISDICTION', '当事人不在您的辖区内，不能引用其人口记录，请只填姓名', 'parties.residentId')] };
      }
    }
    return { place };
  }

  /** Writes a new dispute inside `tx`: parties, repeat links, history, warnings. */
  async insert(
    tx: EntityManager,
    input: DisputeReportFields & {
      riskLevel?: RiskLevel | null;
      assignedOfficerId?: string | null;
      attachments?: AttachmentMeta[] | null;
      clientKey?: string | null;
    },
    place: CommunityPlace,
    source: DisputeSource,
    now: Date,
  ): Promise<DisputeEntity> {
    const rules = await currentRules(tx);
    const id = randomUUID();
    const addressKey = keyOf(input.addressText);
    const residentIds = [...new Set(input.parties.flatMap((p) => (p.residentId ? [p.residentId] : [])))];
    const names = [...new Set(input.parties.filter((p) => !p.residentId).map((p) => p.name.trim()))];
    const repeats = await findRepeats(tx, { id, communityId: place.communityId, addressKey, residentIds, names, reportedAt: now }, rules.repeatWindowDays);
    const earliest = [...repeats.values()].map((r) => r.dispute).sort((a, b) => +a.reportedAt - +b.reportedAt)[0];
    const own = this.ctx.claims?.officerId && place.officerIds.includes(this.ctx.claims.officerId) ? this.ctx.claims.officerId : null;
    // 一盯到底: a repeat stays with the officer who followed the first report
    const assigned = input.assignedOfficerId ?? earliest?.assignedOfficerId ?? own ?? place.dutyOfficerId;

    const riskLevel = input.riskLevel ?? RiskLevel.general;
    const grade = GRADE_FOR_RISK[riskLevel]; // 分级处置 from the first entry: 重大 goes to the head at once
    const d = tx.create(DisputeEntity, {
      id,
      title: input.title.trim(),
      category: input.category,
      description: input.description?.trim() || null,
      source,
      status: DisputeStatus.registered,
      riskLevel,
      grade,
      assignedOfficerId: assigned,
      handlerOfficerId: handlerFor(grade, place, assigned),
      communityId: place.communityId,
      stationId: place.stationId,
      gridId: input.gridId ?? null,
      addressText: input.addressText?.trim() || null,
      addressKey,
      threatsNoted: input.threatsNoted ?? false,
      violenceHistory: input.violenceHistory ?? false,
      repeatCount: repeats.size,
      reportedAt: now,
      progressDueAt: addDays(now, rules.progressIntervalDays),
      registeredBy: this.ctx.claims?.sub ?? null,
      clientKey: input.clientKey ?? null,
      version: 1,
    });
    for (const p of input.parties) tx.create(DisputePartyEntity, { id: randomUUID(), dispute: d, residentId: p.residentId ?? null, name: p.name.trim() });
    this.event(tx, d, now, { kind: DisputeEventKind.registered, note: input.description ?? null }, input.attachments);
    for (const { dispute: earlier, reasons } of repeats.values()) tx.create(DisputeRepeatLinkEntity, { dispute: d, earlier, reasons });
    if (repeats.size) {
      this.event(tx, d, now, { kind: DisputeEventKind.repeat_linked, details: { earlierIds: [...repeats.keys()] } });
    }
    await tx.flush();
    if (repeats.size) {
      const samePlace = [...repeats.values()].some((r) => r.reasons.includes('same_address'));
      const why = samePlace ? '同当事人或同地址' : '同当事人';
      await raiseWarning(tx, d.id, WarningKind.repeat, `${rules.repeatWindowDays} 天内${why}重复报警 ${repeats.size} 次`, now);
    }
    await this.warnIfHigh(tx, d, null, now, rules);
    return d;
  }

  // ——— the lifecycle ——————————————————————————————————————————————————————————

  assess(input: AssessDisputeInput) {
    return this.change(input, {
      needsHandler: true,
      check: (d) => this.transitionRefusal(d, DisputeAction.assess) ?? (input.grade ? gradeBelowRisk(input.riskLevel, input.grade) : null),
      apply: async (tx, d) => {
        d.status = DisputeStatus.assessed;
        d.riskLevel = input.riskLevel;
        if (input.threatsNoted != null) d.threatsNoted = input.threatsNoted;
        if (input.violenceHistory != null) d.violenceHistory = input.violenceHistory;
        const details: Record<string, unknown> = { riskLevel: input.riskLevel };
        // assessed as 较大 or 重大: raised to the grade it requires unless a higher one was asked for
        const grade = gradeAtRisk(input.riskLevel, input.grade ?? d.grade);
        if (grade !== d.grade) details.grade = await this.regrade(d, grade);
        return { kind: DisputeEventKind.transition, action: DisputeAction.assess, note: input.note, details };
      },
    });
  }

  startMediation(input: DisputeStepInput) {
    return this.step(input, DisputeAction.start_mediation, () => undefined);
  }

  escalate(input: DisputeStepInput) {
    return this.step(input, DisputeAction.escalate, (d, now) => {
      d.closedAt = now;
      d.progressDueAt = null;
    });
  }

  reopen(input: DisputeStepInput) {
    return this.step(input, DisputeAction.reopen, (d, now, rules) => {
      d.reopenCount += 1;
      d.closedAt = null;
      d.resolution = null;
      d.progressDueAt = addDays(now, rules.progressIntervalDays);
    });
  }

  resolve(input: ResolveDisputeInput) {
    return this.step(input, DisputeAction.resolve, (d, now) => {
      d.resolution = input.resolution;
      d.closedAt = now;
      d.progressDueAt = null;
    });
  }

  transfer(input: TransferDisputeInput) {
    let receiver: ReceivingBodyEntity | undefined; // from the directory, found in the check
    return this.change(input, {
      needsHandler: true,
      check: async (d) => {
        const refusal = this.transitionRefusal(d, DisputeAction.transfer);
        if (!refusal) receiver = await new ReceivingBodyService(this.ctx).forTransfer(input.receiverId, input.target, d.stationId);
        return refusal;
      },
      apply: async (tx, d, now, rules) => {
        const dueAt = addDays(now, input.dueInDays ?? rules.transferDueDays);
        tx.create(DisputeTransferEntity, {
          id: randomUUID(),
          dispute: d,
          target: input.target,
          receiver: tx.getReference(ReceivingBodyEntity, receiver!.id),
          receiverName: receiver!.name,
          transferredAt: now,
          dueAt,
        });
        d.status = DisputeStatus.transferred;
        d.transferDueAt = dueAt;
        d.progressDueAt = null;
        const details = { target: input.target, receiverId: receiver!.id, receiverName: receiver!.name, dueAt: dueAt.toISOString() };
        return { kind: DisputeEventKind.transition, action: DisputeAction.transfer, note: input.note, details };
      },
    });
  }

  /** The receiving body signed for the transfer; the dispute itself does not change. */
  receiveTransfer(input: TransferReceiptInput): Promise<DisputePayload> {
    return mutation('dispute', input, async () => {
      const t = found(
        await this.ctx.em.findOne(DisputeTransferEntity, { id: input.transferId }, { populate: ['dispute'] }),
        'TRANSFER_NOT_FOUND',
        '移交记录',
        'transferId',
      );
      authorizeActor(this.ctx.claims, t.dispute, false);
      if (t.receivedAt) refuse('TRANSFER_ALREADY_RECEIVED', '该移交已登记签收', 'transferId');
      await this.ctx.em.transactional(async (tx) => {
        const managed = tx.merge(t);
        managed.receivedAt = new Date();
        managed.receivedBy = input.receivedBy.trim();
        this.event(tx, managed.dispute, managed.receivedAt, {
          kind: DisputeEventKind.transfer_received,
          note: `${managed.receiverName} ${managed.receivedBy} 签收`,
        });
      });
      return toDispute(t.dispute);
    });
  }

  /** 结果回流: the body's outcome comes back; resolved there, or returned to our mediation. */
  transferOutcome(input: TransferOutcomeInput): Promise<DisputePayload> {
    return mutation('dispute', input, async () => {
      const t = found(await this.ctx.em.findOne(DisputeTransferEntity, { id: input.transferId }), 'TRANSFER_NOT_FOUND', '移交记录', 'transferId');
      const action = input.outcome === TransferOutcome.resolved ? DisputeAction.transfer_resolved : DisputeAction.transfer_returned;
      return toDispute(
        await this.changed(
          { id: t.dispute.id, version: input.disputeVersion },
          {
            needsHandler: 'strict',
            check: (d) => (t.outcome ? userError('TRANSFER_OUTCOME_RECORDED', '该移交的结果已登记', 'transferId') : this.transitionRefusal(d, action)),
            apply: (tx, d, now, rules) => {
              const managed = tx.merge(t);
              Object.assign(managed, { outcome: input.outcome, outcomeNote: input.note, outcomeAt: now });
              d.status = action === DisputeAction.transfer_resolved ? DisputeStatus.resolved : DisputeStatus.in_mediation;
              d.transferDueAt = null;
              if (action === DisputeAction.transfer_resolved) {
                Object.assign(d, { resolution: Resolution.transfer_outcome, closedAt: now, progressDueAt: null });
              } else {
                d.progressDueAt = addDays(now, rules.progressIntervalDays);
              }
              return { kind: DisputeEventKind.transition, action, note: input.note, details: { transferId: t.id, receiverName: t.receiverName } };
            },
          },
        ),
      );
    });
  }

  // ——— grading, assignment, progress ————————————————————————————————————————————

  changeGrade(input: ChangeGradeInput) {
    return this.change(input, {
      // anyone may raise a dispute to their superiors; only they may hand it back down
      needsHandler: (d) => GRADE_RANK[input.grade] < GRADE_RANK[d.grade],
      check: (d) =>
        !isOpen(d.status)
          ? closedError()
          : d.grade === input.grade
            ? userError('DISPUTE_GRADE_UNCHANGED', '处置级别未变化', 'grade')
            : gradeBelowRisk(d.riskLevel, input.grade),
      apply: async (_tx, d) => ({ kind: DisputeEventKind.grade_changed, note: input.note, details: await this.regrade(d, input.grade) }),
    });
  }

  assign(input: AssignDisputeInput) {
    return this.change(input, {
      needsHandler: true,
      check: async (d) => {
        if (!isOpen(d.status)) return closedError();
        const place = await communityPlace(this.ctx.gateway, d.communityId);
        return place?.officerIds.includes(input.officerId) ? null : userError('OFFICER_NOT_IN_STATION', '跟进民警须为本所民警', 'officerId');
      },
      apply: (_tx, d) => {
        const from = d.assignedOfficerId ?? null;
        d.assignedOfficerId = input.officerId;
        if (d.grade === DisputeGrade.ordinary) d.handlerOfficerId = input.officerId;
        return { kind: DisputeEventKind.assigned, note: input.note ?? null, details: { from, to: input.officerId } };
      },
    });
  }

  /** 每周汇报化解进展: the next report falls due a week (by the rules) from now. */
  reportProgress(input: ReportProgressInput) {
    return this.change(input, {
      needsHandler: false,
      check: (d) => (isOpen(d.status) ? null : closedError()),
      apply: (_tx, d, now, rules) => {
        d.progressDueAt = addDays(now, rules.progressIntervalDays);
        return { kind: DisputeEventKind.progress, note: input.note };
      },
    });
  }

  // ——— mechanics ———————————————————————————————————————————————————————————————

  private step(input: DisputeStepInput | ResolveDisputeInput, action: DisputeAction, effect: (d: DisputeEntity, now: Date, rules: DisputeRulesEntity) => void) {
    return this.change(input, {
      needsHandler: true,
      check: (d) => this.transitionRefusal(d, action),
      apply: (_tx, d, now, rules) => {
        const t = checkTransition(d.status, action);
        if (t.ok) d.status = t.to;
        effect(d, now, rules);
        return { kind: DisputeEventKind.transition, action, note: input.note };
      },
    });
  }

  private transitionRefusal(d: DisputeEntity, action: DisputeAction): UserError | null {
    const t = checkTransition(d.status, action);
    return t.ok ? null : userError(t.code, t.message, 'id');
  }

  /** Validation, access, version, then one transaction: the change, its history entry, its warnings. */
  /** A lifecycle step as a mutation: the input validated, then `changed`. */
  private change(input: Change, step: Step): Promise<DisputePayload> {
    return mutation('dispute', input, async () => toDispute(await this.changed(input, step)));
  }

  /** load → who may act → version → the step's check → apply, with its history entry and warnings, in one transaction. */
  private async changed(input: Change, step: Step): Promise<DisputeEntity> {
    const d = found(await this.ctx.em.findOne(DisputeEntity, { id: input.id }), 'DISPUTE_NOT_FOUND', '纠纷');
    authorizeActor(this.ctx.claims, d, typeof step.needsHandler === 'function' ? step.needsHandler(d) : step.needsHandler);
    expectVersion(d, input.version);
    const invalid = await step.check?.(d);
    if (invalid) throw new Refusal([invalid]);

    const rules = await currentRules(this.ctx.em);
    const now = new Date();
    const before = assessRisk(d, now, rules.highRiskScore);
    return atVersion(this.ctx.em, d, input.version, async (tx, managed) => {
      const fromStatus = managed.status;
      const dueBefore = managed.progressDueAt;
      const fields = await step.apply(tx, managed, now, rules);
      // a passed deadline replaced (met late, closed, moved on): the time it was overdue stays countable
      if (dueBefore && dueBefore < now && +(managed.progressDueAt ?? 0) !== +dueBefore)
        tx.create(DisputeOverdueSpanEntity, { id: randomUUID(), dispute: managed, since: dueBefore, until: now });
      this.event(tx, managed, now, { ...fields, fromStatus }, input.attachments);
      await tx.flush();
      await this.warnIfHigh(tx, managed, before.band, now, rules);
      return managed;
    });
  }

  /** New grade, new handler (the place through the gateway); returns what changed for the history. */
  private async regrade(d: DisputeEntity, grade: DisputeGrade): Promise<Record<string, unknown>> {
    return regrade(d, grade, await communityPlace(this.ctx.gateway, d.communityId));
  }

  /** Rising risk: a warning when the score crosses into high. */
  private async warnIfHigh(tx: EntityManager, d: DisputeEntity, bandBefore: string | null, now: Date, rules: DisputeRulesEntity) {
    if (!isOpen(d.status) && d.status !== DisputeStatus.transferred) return;
    const after = assessRisk(d, now, rules.highRiskScore);
    if (after.band !== 'high' || bandBefore === 'high') return;
    const why = after.reasons.map((r) => r.label).join('、');
    await raiseWarning(tx, d.id, WarningKind.rising_risk, `风险评分升至 ${after.score}（${why}）`, now);
  }

  private event(tx: EntityManager, d: DisputeEntity, at: Date, f: EventFields & { fromStatus?: DisputeStatus }, attachments?: AttachmentMeta[] | null) {
    tx.create(DisputeEventEntity, {
      id: randomUUID(),
      dispute: d,
      at,
      kind: f.kind,
      action: f.action ?? null,
      fromStatus: f.action ? (f.fromStatus ?? null) : null,
      toStatus: f.action ? d.status : null,
      ...this.actor,
      note: f.note ?? null,
      attachments: (attachments ?? []).map((a) => ({ name: a.name, contentType: a.contentType, size: a.size, sha256: a.sha256 ?? null })),
      details: f.details ?? null,
    });
  }
}

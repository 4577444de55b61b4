import { randomUUID } from 'node:crypto';
import {
  Refusal,
  authorize,
  authorizeManager,
  expectVersion,
  mutation,
  refuse,
  requireJurisdiction,
  userError,
  type BaseContext,
  type UserError,
} from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OfficerEntity, OfficerRole } from '../officer/officer.entity';
import { PostHistoryEntity } from '../officer/post-history.entity';
import { PostEntity, PostRole } from '../post/post.entity';
import { ApprovalEntity, ApprovalEventEntity, ApprovalStatus, DutyAssignmentEntity, ReinforcementLevel, RestrictedDuty } from './approval.entity';
import { dutyKindOf, nextSignoff, PROHIBITIONS, requireExceptions, SIGNOFFS_NEEDED } from './four-prohibitions';
import { earlyTransferRefusal, MIN_TENURE_YEARS, tenureOf } from './tenure';
import type { AssignDutyInput, AssignPostInput, DecideApprovalInput, PostPayload, RequestApprovalInput } from './approval.type';

const DAY_MS = 86_400_000;

type ApprovalPayload = { approval: ApprovalEntity | null; errors: UserError[] };
type AssignmentPayload = { assignment: DutyAssignmentEntity | null; errors: UserError[] };

/**
 * 四不准 enforced where the work is assigned: restricted duties for a full-time community officer
 * are refused with the rule's code unless an approval by the station head covers them; post
 * changes follow 先补充、后调离. Every request, decision and use of an approval is on its trail.
 */
export class ApprovalService {
  constructor(private readonly ctx: BaseContext) {}

  private get actor() {
    return this.ctx.claims!.name;
  }

  private trail(tx: EntityManager, approval: ApprovalEntity, action: string, note?: string | null) {
    tx.create(ApprovalEventEntity, { id: randomUUID(), approval, at: new Date(), action, actorName: this.actor, note: note ?? null });
  }

  async inbox(stationId: string | null | undefined, status: ApprovalStatus | null | undefined): Promise<ApprovalEntity[]> {
    const j = requireJurisdiction(this.ctx.claims);
    const where: Record<string, unknown> = {};
    if (!j.all) where.stationId = { $in: stationId ? j.stationIds.filter((s) => s === stationId) : j.stationIds };
    else if (stationId) where.stationId = stationId;
    if (status) where.status = status;
    return this.ctx.em.find(ApprovalEntity, where, { populate: ['officer'], orderBy: { requestedAt: 'desc' }, limit: 200 });
  }

  request(input: RequestApprovalInput): Promise<ApprovalPayload> {
    return mutation('approval', input, async () => {
      const officer = await this.ctx.em.findOne(OfficerEntity, { id: input.officerId });
      if (!officer) refuse('OFFICER_NOT_FOUND', '该警员不存在', 'officerId');
      authorize(this.ctx.claims, { stationId: officer.stationId }, '警员', 'officerId');
      const validFrom = input.validFrom ? new Date(input.validFrom) : new Date();
      const validUntil = input.validUntil ? new Date(input.validUntil) : new Date(+validFrom + 7 * DAY_MS);
      if (Number.isNaN(+validFrom) || Number.isNaN(+validUntil) || validUntil <= validFrom) {
        refuse('APPROVAL_PERIOD', '有效期无效：截止须晚于开始', 'validUntil');
      }
      if (+validUntil - +validFrom > 92 * DAY_MS) refuse('APPROVAL_PERIOD', '一次审批有效期不超过 92 天', 'validUntil');
      const tenure = input.kind === RestrictedDuty.transfer ? await tenureOf(this.ctx.em, officer.id, new Date()) : null;
      const early = earlyTransferRefusal(officer.name, tenure, input.earlyReason);
      if (early) throw new Refusal([early]);
      const approval = await this.ctx.em.transactional(async (tx) => {
        const a = tx.create(ApprovalEntity, {
          id: randomUUID(),
          stationId: officer.stationId,
          officer,
          kind: input.kind,
          reason: input.reason.trim(),
          requestedBy: this.actor,
          requestedByUser: this.ctx.claims!.username,
          requestedAt: new Date(),
          status: ApprovalStatus.pending,
          validFrom,
          validUntil,
          details:
            input.kind === RestrictedDuty.transfer
              ? {
                  replacementOfficerId: input.replacementOfficerId ?? null,
                  toRole: input.toRole ?? null,
                  tenureYears: tenure?.years ?? null,
                  earlyReason: tenure && tenure.years < MIN_TENURE_YEARS ? input.earlyReason!.trim() : null,
                }
              : null,
          version: 1,
        });
        this.trail(tx, a, 'requested', input.reason);
        return a;
      });
      return approval;
    });
  }

  /**
   * One signature, or the refusal: the next signer its kind needs (a chief of the officer's station,
   * then the district), never the requester nor one who signed already, and always with a reason.
   * The last signature approves it (a transfer is then carried out: 先补充、后调离); any signer in
   * turn may reject it.
   */
  decide(input: DecideApprovalInput): Promise<ApprovalPayload> {
    return mutation('approval', input, async () => {
      const a = await this.ctx.em.findOne(ApprovalEntity, { id: input.id }, { populate: ['officer'] });
      if (!a) refuse('APPROVAL_NOT_FOUND', '该审批不存在', 'id');
      authorizeManager(this.ctx.claims, a.stationId, 'id');
      expectVersion(a, input.version);
      if (a.status !== ApprovalStatus.pending) refuse('APPROVAL_DECIDED', '该审批已处理', 'id');
      const note = input.note?.trim() ?? '';
      if (note.length < 2) refuse('APPROVAL_NOTE_REQUIRED', input.approve ? '批准须写明理由' : '驳回须写明理由', 'note');
      const claims = this.ctx.claims!;
      if (a.requestedByUser === claims.username) refuse('APPROVAL_OWN_REQUEST', '不能审批本人提交的申请，须由其他领导签批', 'id');
      if (a.signoffs.some((s) => s.username === claims.username)) refuse('APPROVAL_ALREADY_SIGNED', '您已签批过该申请，须由另一位正职或分局签批', 'id');
      const level = nextSignoff(a)!;
      // a station's signature is a chief's (所长、教导员: the officer's own post), not any manager's login
      const signer = level === 'station' && claims.officerId ? await this.ctx.em.findOne(OfficerEntity, { id: claims.officerId }) : null;
      if (level === 'station' && !(signer?.role === OfficerRole.station_head && signer.stationId === a.stationId))
        refuse('APPROVAL_NEEDS_STATION_CHIEFS', '动用社区民警须先经本所双正职（所长、教导员）签批，分局在其后审批', 'id');
      if (level === 'district' && !claims.roles.includes('district_admin'))
        refuse('APPROVAL_NEEDS_DISTRICT', '本所双正职已签批，该类事项还须报分局主管部门审批', 'id');
      return this.ctx.em.transactional(async (tx) => {
        const managed = tx.merge(a);
        const signed = [...managed.signoffs, { level, username: claims.username, name: this.actor, at: new Date().toISOString(), note }];
        const complete = input.approve && signed.length === SIGNOFFS_NEEDED[managed.kind].length;
        if (complete && managed.kind === RestrictedDuty.transfer) {
          const problem = await this.carryOutTransfer(tx, managed);
          if (problem) throw new Refusal([problem]);
        }
        if (input.approve) managed.signoffs = signed;
        if (!input.approve || complete) {
          Object.assign(managed, {
            status: input.approve ? ApprovalStatus.approved : ApprovalStatus.rejected,
            decidedBy: this.actor,
            decidedAt: new Date(),
            decisionNote: note,
          });
        }
        this.trail(tx, managed, !input.approve ? 'rejected' : complete ? 'approved' : 'signed', note);
        await tx.flush();
        return managed;
      });
    });
  }

  revoke(id: string, version: number): Promise<ApprovalPayload> {
    return mutation('approval', null, async () => {
      const a = await this.ctx.em.findOne(ApprovalEntity, { id }, { populate: ['officer'] });
      if (!a) refuse('APPROVAL_NOT_FOUND', '该审批不存在', 'id');
      authorizeManager(this.ctx.claims, a.stationId, 'id');
      expectVersion(a, version);
      await this.ctx.em.transactional(async (tx) => {
        const managed = tx.merge(a);
        managed.status = ApprovalStatus.revoked;
        this.trail(tx, managed, 'revoked');
      });
      return a;
    });
  }

  /** Assigns work outside the roster; a restricted duty needs an approval covering its whole time. */
  assign(input: AssignDutyInput): Promise<AssignmentPayload> {
    return mutation('assignment', input, async () => {
      const officer = await this.ctx.em.findOne(OfficerEntity, { id: input.officerId });
      if (!officer) refuse('OFFICER_NOT_FOUND', '该警员不存在', 'officerId');
      authorizeManager(this.ctx.claims, officer.stationId, 'officerId');
      const [startsAt, endsAt] = [new Date(input.startsAt), new Date(input.endsAt)];
      if (Number.isNaN(+startsAt) || Number.isNaN(+endsAt) || endsAt <= startsAt) refuse('ASSIGNMENT_TIME', '结束时间须晚于开始时间', 'endsAt');
      const reinforcement = input.reinforcement ?? ReinforcementLevel.none;
      const kind = await dutyKindOf(this.ctx.em, input.kind, 'kind');
      const [approval = null] = await requireExceptions(this.ctx.em, [officer], kind, reinforcement, [{ startsAt, endsAt }], 'kind');
      const assignment = await this.ctx.em.transactional(async (tx) => {
        const made = tx.create(DutyAssignmentEntity, {
          id: randomUUID(),
          officer,
          kind: input.kind,
          reinforcement,
          startsAt,
          endsAt,
          approval,
          assignedBy: this.actor,
          assignedAt: new Date(),
          note: input.note ?? null,
        });
        if (approval) this.trail(tx, tx.merge(approval), 'used', `${input.kind} ${startsAt.toISOString()} – ${endsAt.toISOString()}`);
        return made;
      });
      return assignment;
    });
  }

  /**
   * Puts an officer on a community post. Taking a full-time community officer's A post away is a
   * transfer: refused unless an approved transfer for them is in force.
   */
  assignPost(input: AssignPostInput): Promise<PostPayload> {
    return mutation({ ok: false }, input, async () => {
      const officer = await this.ctx.em.findOne(OfficerEntity, { id: input.officerId });
      if (!officer) refuse('OFFICER_NOT_FOUND', '该警员不存在', 'officerId');
      authorizeManager(this.ctx.claims, officer.stationId, 'officerId');
      const current =
        input.role === PostRole.AUX
          ? null
          : await this.ctx.em.findOne(PostEntity, { communityId: input.communityId, role: input.role }, { populate: ['officer'] });
      if (current && current.officer.id !== officer.id && current.officer.role === OfficerRole.community_full_time) {
        const now = new Date();
        const transfer = await this.ctx.em.findOne(ApprovalEntity, {
          officer: current.officer.id,
          kind: RestrictedDuty.transfer,
          status: ApprovalStatus.approved,
          validFrom: { $lte: now },
          validUntil: { $gte: now },
        });
        if (!transfer)
          refuse('PROHIBITED_TRANSFER', `${current.officer.name}是该社区的专职民警。${PROHIBITIONS.transfer.rule}，请先提交调整审批`, 'communityId');
      }
      await this.ctx.em.transactional(async (tx) => {
        const now = new Date();
        if (current) {
          await tx.nativeUpdate(
            PostHistoryEntity,
            { officer: current.officer.id, communityId: input.communityId, role: input.role, endedAt: null },
            { endedAt: now, reason: input.reason ?? '岗位调整' },
          );
          await tx.nativeDelete(PostEntity, { id: current.id });
        }
        tx.create(PostEntity, { id: randomUUID(), communityId: input.communityId, officer, role: input.role });
        tx.create(PostHistoryEntity, {
          id: randomUUID(),
          officer,
          communityId: input.communityId,
          role: input.role,
          startedAt: now,
          reason: input.reason ?? null,
        });
      });
      return { ok: true };
    });
  }

  /** 先补充、后调离: every A post the officer holds goes to the named replacement first. */
  private async carryOutTransfer(tx: EntityManager, a: ApprovalEntity): Promise<UserError | null> {
    const posts = await tx.find(PostEntity, { officer: a.officer.id });
    const aPosts = posts.filter((p) => p.role === PostRole.A);
    const replacementId = a.details?.replacementOfficerId ?? null;
    if (aPosts.length) {
      if (!replacementId || replacementId === a.officer.id) {
        return userError('TRANSFER_REPLACEMENT_REQUIRED', `先补充、后调离：${a.officer.name}是 ${aPosts.length} 个社区的 A 岗民警，须先指定接替的民警`, 'id');
      }
      const replacement = await tx.findOne(OfficerEntity, { id: replacementId });
      if (!replacement || replacement.stationId !== a.stationId || !replacement.sworn) {
        return userError('TRANSFER_REPLACEMENT_INVALID', '接替民警须为本所在编民警', 'id');
      }
    }
    const now = new Date();
    for (const p of posts) {
      await tx.nativeUpdate(
        PostHistoryEntity,
        { officer: a.officer.id, communityId: p.communityId, role: p.role, endedAt: null },
        { endedAt: now, reason: '调离' },
      );
      await tx.nativeDelete(PostEntity, { id: p.id });
      if (p.role === PostRole.A) {
        // the replacement leaves any B post they held in that community: one person, one post there
        await tx.nativeDelete(PostEntity, { communityId: p.communityId, officer: replacementId, role: PostRole.B });
        tx.create(PostEntity, { id: randomUUID(), communityId: p.communityId, officer: replacementId!, role: PostRole.A });
        tx.create(PostHistoryEntity, {
          id: randomUUID(),
          officer: replacementId!,
          communityId: p.communityId,
          role: PostRole.A,
          startedAt: now,
          reason: `接替${a.officer.name}`,
        });
      }
    }
    if (a.details?.toRole && (Object.values(OfficerRole) as string[]).includes(a.details.toRole)) a.officer.role = a.details.toRole as OfficerRole;
    return null;
  }
}

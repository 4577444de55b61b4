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
import type { AssignDutyInput, AssignPostInput, DecideApprovalInput, PostPayload, RequestApprovalInput } from './approval.type';

type ApprovalPayload = { approval: ApprovalEntity | null; errors: UserError[] };
type AssignmentPayload = { assignment: DutyAssignmentEntity | null; errors: UserError[] };

/** The four prohibitions, by the rule each names (东城《社区民警专职化》四不准). */
export const PROHIBITIONS: Record<RestrictedDuty, { code: string; rule: string }> = {
  patrol_car: { code: 'PROHIBITED_PATROL_CAR', rule: '四不准：不准安排社区民警从事 01、02 巡逻车值守' },
  regular_duty: { code: 'PROHIBITED_REGULAR_DUTY', rule: '四不准：不准安排社区民警参与常态勤务（一级加强勤务除外）' },
  casework: { code: 'PROHIBITED_CASEWORK', rule: '四不准：不准安排社区民警从事打击办案工作' },
  transfer: { code: 'PROHIBITED_TRANSFER', rule: '四不准：不准未经审批抽调、更换社区民警' },
};

/** Whether the prohibition applies to this officer and this duty (full-time community officers only). */
export function prohibitionFor(officer: { role: OfficerRole }, kind: string, reinforcement: ReinforcementLevel): RestrictedDuty | null {
  if (officer.role !== OfficerRole.community_full_time) return null;
  if (kind === RestrictedDuty.regular_duty && reinforcement === ReinforcementLevel.level_one) return null;
  return (Object.values(RestrictedDuty) as string[]).includes(kind) && kind !== RestrictedDuty.transfer ? (kind as RestrictedDuty) : null;
}

const DAY_MS = 86_400_000;

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
      const approval = await this.ctx.em.transactional(async (tx) => {
        const a = tx.create(ApprovalEntity, {
          id: randomUUID(),
          stationId: officer.stationId,
          officer,
          kind: input.kind,
          reason: input.reason.trim(),
          requestedBy: this.actor,
          requestedAt: new Date(),
          status: ApprovalStatus.pending,
          validFrom,
          validUntil,
          details: input.kind === RestrictedDuty.transfer ? { replacementOfficerId: input.replacementOfficerId ?? null, toRole: input.toRole ?? null } : null,
          version: 1,
        });
        this.trail(tx, a, 'requested', input.reason);
        return a;
      });
      return approval;
    });
  }

  /** The station head decides; approving a transfer carries it out at once (先补充、后调离). */
  decide(input: DecideApprovalInput): Promise<ApprovalPayload> {
    return mutation('approval', input, async () => {
      const a = await this.ctx.em.findOne(ApprovalEntity, { id: input.id }, { populate: ['officer'] });
      if (!a) refuse('APPROVAL_NOT_FOUND', '该审批不存在', 'id');
      authorizeManager(this.ctx.claims, a.stationId, 'id');
      expectVersion(a, input.version);
      if (a.status !== ApprovalStatus.pending) refuse('APPROVAL_DECIDED', '该审批已处理', 'id');
      return this.ctx.em.transactional(async (tx) => {
        const managed = tx.merge(a);
        if (input.approve && managed.kind === RestrictedDuty.transfer) {
          const problem = await this.carryOutTransfer(tx, managed);
          if (problem) throw new Refusal([problem]);
        }
        Object.assign(managed, {
          status: input.approve ? ApprovalStatus.approved : ApprovalStatus.rejected,
          decidedBy: this.actor,
          decidedAt: new Date(),
          decisionNote: input.note ?? null,
        });
        this.trail(tx, managed, input.approve ? 'approved' : 'rejected', input.note);
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
      const restricted = prohibitionFor(officer, input.kind, reinforcement);
      let approval: ApprovalEntity | null = null;
      if (restricted) {
        approval = await this.ctx.em.findOne(
          ApprovalEntity,
          { officer: officer.id, kind: restricted, status: ApprovalStatus.approved, validFrom: { $lte: startsAt }, validUntil: { $gte: endsAt } },
          { orderBy: { decidedAt: 'desc' } },
        );
        if (!approval) {
          const { code, rule } = PROHIBITIONS[restricted];
          refuse(code, `${officer.name}是专职社区民警。${rule}；如确需安排，须先经所长审批（审批须覆盖整个时段且未过期）`, 'kind');
        }
      }
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

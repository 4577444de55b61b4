import { randomUUID } from 'node:crypto';
import { requireJurisdiction, staleVersion, userError, validateInput, type BaseContext, type UserError } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { refuseManager, refuseOutside } from '../../access';
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

  async request(input: RequestApprovalInput): Promise<ApprovalPayload> {
    const problems = await validateInput(input);
    if (problems.length) return { approval: null, errors: problems };
    const officer = await this.ctx.em.findOne(OfficerEntity, { id: input.officerId });
    if (!officer) return { approval: null, errors: [userError('OFFICER_NOT_FOUND', '该警员不存在', 'officerId')] };
    const outside = refuseOutside(this.ctx.claims, officer.stationId, '', 'officerId');
    if (outside) return { approval: null, errors: [outside] };
    const validFrom = input.validFrom ? new Date(input.validFrom) : new Date();
    const validUntil = input.validUntil ? new Date(input.validUntil) : new Date(+validFrom + 7 * DAY_MS);
    if (Number.isNaN(+validFrom) || Number.isNaN(+validUntil) || validUntil <= validFrom) {
      return { approval: null, errors: [userError('APPROVAL_PERIOD', '有效期无效：截止须晚于开始', 'validUntil')] };
    }
    if (+validUntil - +validFrom > 92 * DAY_MS) return { approval: null, errors: [userError('APPROVAL_PERIOD', '一次审批有效期不超过 92 天', 'validUntil')] };
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
    return { approval, errors: [] };
  }

  /** The station head decides; approving a transfer carries it out at once (先补充、后调离). */
  async decide(input: DecideApprovalInput): Promise<ApprovalPayload> {
    const refused = (e: UserError): ApprovalPayload => ({ approval: null, errors: [e] });
    const a = await this.ctx.em.findOne(ApprovalEntity, { id: input.id }, { populate: ['officer'] });
    if (!a) return refused(userError('APPROVAL_NOT_FOUND', '该审批不存在', 'id'));
    const denied = refuseManager(this.ctx.claims, a.stationId, 'id');
    if (denied) return refused(denied);
    if (a.version !== input.version) return refused(staleVersion());
    if (a.status !== ApprovalStatus.pending) return refused(userError('APPROVAL_DECIDED', '该审批已处理', 'id'));
    return this.ctx.em.transactional(async (tx) => {
      const managed = tx.merge(a);
      if (input.approve && managed.kind === RestrictedDuty.transfer) {
        const problem = await this.carryOutTransfer(tx, managed);
        if (problem) return refused(problem);
      }
      Object.assign(managed, {
        status: input.approve ? ApprovalStatus.approved : ApprovalStatus.rejected,
        decidedBy: this.actor,
        decidedAt: new Date(),
        decisionNote: input.note ?? null,
      });
      this.trail(tx, managed, input.approve ? 'approved' : 'rejected', input.note);
      await tx.flush();
      return { approval: managed, errors: [] };
    });
  }

  async revoke(id: string, version: number): Promise<ApprovalPayload> {
    const a = await this.ctx.em.findOne(ApprovalEntity, { id }, { populate: ['officer'] });
    if (!a) return { approval: null, errors: [userError('APPROVAL_NOT_FOUND', '该审批不存在', 'id')] };
    const denied = refuseManager(this.ctx.claims, a.stationId, 'id');
    if (denied) return { approval: null, errors: [denied] };
    if (a.version !== version) return { approval: null, errors: [staleVersion()] };
    await this.ctx.em.transactional(async (tx) => {
      const managed = tx.merge(a);
      managed.status = ApprovalStatus.revoked;
      this.trail(tx, managed, 'revoked');
    });
    return { approval: a, errors: [] };
  }

  /** Assigns work outside the roster; a restricted duty needs an approval covering its whole time. */
  async assign(input: AssignDutyInput): Promise<AssignmentPayload> {
    const refused = (e: UserError): AssignmentPayload => ({ assignment: null, errors: [e] });
    const officer = await this.ctx.em.findOne(OfficerEntity, { id: input.officerId });
    if (!officer) return refused(userError('OFFICER_NOT_FOUND', '该警员不存在', 'officerId'));
    const denied = refuseManager(this.ctx.claims, officer.stationId, 'officerId');
    if (denied) return refused(denied);
    const [startsAt, endsAt] = [new Date(input.startsAt), new Date(input.endsAt)];
    if (Number.isNaN(+startsAt) || Number.isNaN(+endsAt) || endsAt <= startsAt)
      return refused(userError('ASSIGNMENT_TIME', '结束时间须晚于开始时间', 'endsAt'));
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
        return refused(userError(code, `${officer.name}是专职社区民警。${rule}；如确需安排，须先经所长审批（审批须覆盖整个时段且未过期）`, 'kind'));
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
    return { assignment, errors: [] };
  }

  /**
   * Puts an officer on a community post. Taking a full-time community officer's A post away is a
   * transfer: refused unless an approved transfer for them is in force.
   */
  async assignPost(input: AssignPostInput): Promise<PostPayload> {
    const refused = (e: UserError): PostPayload => ({ ok: false, errors: [e] });
    const officer = await this.ctx.em.findOne(OfficerEntity, { id: input.officerId });
    if (!officer) return refused(userError('OFFICER_NOT_FOUND', '该警员不存在', 'officerId'));
    const denied = refuseManager(this.ctx.claims, officer.stationId, 'officerId');
    if (denied) return refused(denied);
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
        return refused(
          userError('PROHIBITED_TRANSFER', `${current.officer.name}是该社区的专职民警。${PROHIBITIONS.transfer.rule}，请先提交调整审批`, 'communityId'),
        );
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
    return { ok: true, errors: [] };
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

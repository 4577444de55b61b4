import { randomUUID } from 'node:crypto';
import {
  authorize,
  change,
  found,
  jurisdictionWhere,
  mutation,
  newestFirst,
  pageSize,
  Refusal,
  refuse,
  requireJurisdiction,
  requireScope,
  toPage,
  userError,
  type BaseContext,
  type UserError,
} from '@cp/service-kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { DisputeEntity } from '../dispute/dispute.entity';
import { DisputeEventEntity, DisputeEventKind } from '../lifecycle/event.entity';
import { RiskNoticeEntity } from './risk-notice.entity';
import { DisputeWarningEntity, WarningStatus, type WarningKind } from './warning.entity';
import { toNotice, toWarning } from './warning.mapper';
import type {
  AcknowledgeRiskNoticeInput,
  CloseWarningInput,
  DisputeWarningConnection,
  IssueRiskNoticeInput,
  RiskNotice,
  RiskNoticePayload,
  WarningPayload,
} from './warning.type';

export interface WarningFilter {
  status?: WarningStatus | null;
  kind?: WarningKind | null;
  first?: number | null;
  after?: string | null;
}

/** 预警—化解: the warnings inbox and risk notices to other departments. */
export class WarningService {
  constructor(private readonly ctx: BaseContext) {}

  private scope() {
    requireScope(this.ctx.claims, 'disputes:read');
    return jurisdictionWhere(requireJurisdiction(this.ctx.claims));
  }

  async list(filter: WarningFilter): Promise<DisputeWarningConnection> {
    const limit = pageSize(filter.first);
    const order = newestFirst<DisputeWarningEntity>('raisedAt', filter.after);
    const where: FilterQuery<DisputeWarningEntity>[] = [{ dispute: this.scope() }, order.where];
    if (filter.status) where.push({ status: filter.status });
    if (filter.kind) where.push({ kind: filter.kind });
    const rows = await this.ctx.em.find(DisputeWarningEntity, { $and: where }, { orderBy: order.orderBy, limit: limit + 1 });
    const page = toPage(rows, limit, order.keyOf);
    return { nodes: page.nodes.map(toWarning), pageInfo: page.pageInfo };
  }

  acknowledge(id: string, version: number): Promise<WarningPayload> {
    return this.changeWarning(
      null,
      id,
      version,
      (w) => (w.status === WarningStatus.open ? null : userError('WARNING_NOT_OPEN', '该预警已签收或已关闭', 'id')),
      (w) => Object.assign(w, { status: WarningStatus.acknowledged, acknowledgedAt: new Date(), acknowledgedBy: this.ctx.claims!.name }),
    );
  }

  close(input: CloseWarningInput): Promise<WarningPayload> {
    return this.changeWarning(
      input,
      input.id,
      input.version,
      (w) => (w.status === WarningStatus.closed ? userError('WARNING_CLOSED', '该预警已关闭', 'id') : null),
      (w) => {
        const now = new Date();
        // closing implies having seen it: an unacknowledged warning is acknowledged by the same hand
        w.acknowledgedAt ??= now;
        w.acknowledgedBy ??= this.ctx.claims!.name;
        Object.assign(w, { status: WarningStatus.closed, closedAt: now, closedBy: this.ctx.claims!.name, closingNote: input.note.trim() });
      },
    );
  }

  /** Access, version, state check on the row as read, then the change under the version lock. */
  private changeWarning(
    input: object | null,
    id: string,
    version: number,
    check: (w: DisputeWarningEntity) => UserError | null,
    apply: (w: DisputeWarningEntity) => void,
  ): Promise<WarningPayload> {
    return mutation('warning', input, async () => {
      const changed = await change(this.ctx, {
        load: (em) => em.findOne(DisputeWarningEntity, { id }, { populate: ['dispute'] }),
        what: '预警',
        notFound: 'WARNING_NOT_FOUND',
        place: (w) => w.dispute,
        version,
        check: (w) => {
          const invalid = check(w);
          if (invalid) throw new Refusal([invalid]);
        },
        apply: (_tx, w) => (apply(w), w),
      });
      return toWarning(changed);
    });
  }

  // ——— risk notices ——————————————————————————————————————————————————————————

  async notices(acknowledged: boolean | null | undefined): Promise<RiskNotice[]> {
    const where: FilterQuery<RiskNoticeEntity> = { dispute: this.scope() };
    if (acknowledged != null) Object.assign(where, { acknowledgedAt: acknowledged ? { $ne: null } : null });
    return (await this.ctx.em.find(RiskNoticeEntity, where, { orderBy: { issuedAt: 'desc' }, limit: 200 })).map(toNotice);
  }

  issueNotice(input: IssueRiskNoticeInput): Promise<RiskNoticePayload> {
    return mutation('notice', input, async () => {
      const d = found(await this.ctx.em.findOne(DisputeEntity, { id: input.disputeId }), 'DISPUTE_NOT_FOUND', '纠纷', 'disputeId');
      authorize(this.ctx.claims, d, '纠纷', 'disputeId');
      const now = new Date();
      const notice = await this.ctx.em.transactional(async (tx) => {
        const n = tx.create(RiskNoticeEntity, {
          id: randomUUID(),
          dispute: d,
          kind: input.kind,
          department: input.department.trim(),
          content: input.content.trim(),
          issuedAt: now,
          issuedBy: this.ctx.claims!.name,
          version: 1,
        });
        tx.create(DisputeEventEntity, {
          id: randomUUID(),
          dispute: d,
          at: now,
          kind: DisputeEventKind.notice_issued,
          actorId: this.ctx.claims!.sub,
          actorName: this.ctx.claims!.name,
          actorOfficerId: this.ctx.claims!.officerId ?? null,
          note: `向${n.department}发出${input.kind === 'notice' ? '风险告知单' : '提示函'}`,
          attachments: [],
          details: { noticeId: n.id },
        });
        return n;
      });
      return toNotice(notice);
    });
  }

  acknowledgeNotice(input: AcknowledgeRiskNoticeInput): Promise<RiskNoticePayload> {
    return mutation('notice', input, async () => {
      const acknowledged = await change(this.ctx, {
        load: (em) => em.findOne(RiskNoticeEntity, { id: input.id }, { populate: ['dispute'] }),
        what: '告知单',
        notFound: 'NOTICE_NOT_FOUND',
        place: (n) => n.dispute,
        version: input.version,
        check: (n) => {
          if (n.acknowledgedAt) refuse('NOTICE_ALREADY_ACKNOWLEDGED', '该告知单已签收', 'id');
        },
        apply: (_tx, n) => Object.assign(n, { acknowledgedAt: new Date(), acknowledgedBy: input.acknowledgedBy.trim() }),
      });
      return toNotice(acknowledged);
    });
  }
}

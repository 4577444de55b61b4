import { inJurisdiction, isPlatformService } from '@cp/auth';
import {
  countUpTo,
  DomainError,
  errors,
  jurisdictionWhere,
  ordered,
  pageSize,
  requireJurisdiction,
  requireScope,
  SortDirection,
  toPage,
  type BaseContext,
} from '@cp/service-kit';
import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { DisputeEntity, DisputeStatus, OPEN_STATUSES, type DisputeGrade, type RiskLevel } from './dispute.entity';
import { overdueDuring, overdueWindow } from '../lifecycle/overdue';
import { toDispute } from './dispute.mapper';
import type { Dispute, DisputeConnection, DisputeOrderField } from './dispute.type';
import { disputeById, disputesByCommunity, disputesByResident } from './dispute.loaders';

const ALL_STATUSES = Object.values(DisputeStatus);

export interface DisputeFilter {
  first?: number | null;
  after?: string | null;
  communityId?: string | null;
  gridId?: string | null;
  status?: DisputeStatus | null;
  grade?: DisputeGrade | null;
  riskLevel?: RiskLevel | null;
  category?: string | null;
  repeat?: boolean | null;
  progressOverdue?: boolean | null;
  handlerOfficerId?: string | null;
  search?: string | null;
  reportedSince?: string | null;
  reportedUntil?: string | null;
  /** Overdue at some moment of [overdueSince, overdueUntil): a scorecard's overdue line, drilled down. */
  overdueSince?: string | null;
  overdueUntil?: string | null;
  /** Jump to this many rows in (a page number), instead of `after`. */
  offset?: number | null;
  orderBy?: { field: DisputeOrderField; direction: SortDirection } | null;
}

/** The dispute ledger, as the caller's jurisdiction allows them to see it. */
export class DisputeService {
  constructor(private readonly ctx: BaseContext) {}

  /** Partners read disputes only with the `disputes:read` scope; then, like everyone, within their jurisdiction. */
  private jurisdiction() {
    requireScope(this.ctx.claims, 'disputes:read');
    return requireJurisdiction(this.ctx.claims);
  }

  async get(id: string): Promise<Dispute | null> {
    const e = await this.ctx.use(disputeById).load(id);
    if (!e) return null;
    if (!inJurisdiction(this.jurisdiction(), e)) throw errors.outsideJurisdiction();
    return toDispute(e);
  }

  /** The ledger's filters as SQL conditions: built afresh for each statement (a raw fragment serves one query). */
  private listWhere(filter: DisputeFilter): FilterQuery<DisputeEntity>[] {
    const where: FilterQuery<DisputeEntity>[] = [jurisdictionWhere(this.jurisdiction())];
    if (filter.communityId) where.push({ communityId: filter.communityId });
    if (filter.gridId) where.push({ gridId: filter.gridId });
    if (filter.status) where.push({ status: filter.status });
    if (filter.grade) where.push({ grade: filter.grade });
    if (filter.riskLevel) where.push({ riskLevel: filter.riskLevel });
    if (filter.category) where.push({ category: filter.category });
    if (filter.handlerOfficerId) where.push({ handlerOfficerId: filter.handlerOfficerId });
    if (filter.repeat != null) where.push({ repeatCount: filter.repeat ? { $gt: 0 } : 0 });
    if (filter.progressOverdue != null) {
      const overdue = { status: { $in: [...OPEN_STATUSES] }, progressDueAt: { $lt: new Date() } };
      where.push(filter.progressOverdue ? overdue : { $not: overdue });
    }
    if (filter.reportedSince) where.push({ reportedAt: { $gte: new Date(filter.reportedSince) } });
    if (filter.reportedUntil) where.push({ reportedAt: { $lt: new Date(filter.reportedUntil) } });
    if (filter.overdueSince || filter.overdueUntil) {
      if (!filter.overdueSince || !filter.overdueUntil) throw new DomainError('DISPUTE_OVERDUE_PERIOD', '期间内曾逾期的筛选须同时给出起止时间', 'overdueSince');
      const window = overdueWindow(new Date(filter.overdueSince), new Date(filter.overdueUntil));
      where.push({ [raw((a) => `exists (${overdueDuring(`d.id = ${a}.id`)})`, window)]: true });
    }
    const q = filter.search?.trim();
    if (q) where.push({ $or: [{ title: { $ilike: `%${q}%` } }, { addressText: { $ilike: `%${q}%` } }] });
    return where;
  }

  /** A page of the ledger, newest first unless another order is asked; `withTotal` counts every match (one statement more). */
  async list(filter: DisputeFilter, { withTotal = false } = {}): Promise<DisputeConnection> {
    const limit = pageSize(filter.first);
    const order = ordered<DisputeEntity>(filter.orderBy?.field ?? 'reportedAt', filter.orderBy?.direction ?? SortDirection.DESC, filter);
    const [rows, counted] = await Promise.all([
      this.ctx.em.find(DisputeEntity, { $and: [...this.listWhere(filter), order.where] }, { orderBy: order.orderBy, offset: order.offset, limit: limit + 1 }),
      withTotal ? countUpTo(this.ctx.em, DisputeEntity, { $and: this.listWhere(filter) }) : undefined,
    ]);
    const page = toPage(rows, limit, order.keyOf);
    return { nodes: page.nodes.map((e) => toDispute(e)), pageInfo: page.pageInfo, totalCount: counted?.count, totalCapped: counted?.capped };
  }

  /**
   * The officer's dispute worklist: open disputes they must act on (they are the handler), most
   * urgent first — weekly progress due soonest (overdue ones on top).
   */
  async worklist(officerId: string): Promise<Dispute[]> {
    // the tasks service reads it for the officer's inbox and morning push
    const j = isPlatformService(this.ctx.claims) ? ({ all: true } as const) : this.jurisdiction();
    const rows = await this.ctx.em.find(
      DisputeEntity,
      { handlerOfficerId: officerId, status: { $in: [...OPEN_STATUSES] }, ...jurisdictionWhere(j) },
      { orderBy: { progressDueAt: 'asc', id: 'asc' }, limit: 200 },
    );
    return rows.map((e) => toDispute(e));
  }

  /**
   * 状态看板: per state, how many there are and the newest few. One statement per state plus one
   * for the counts, whatever the column size.
   */
  async board(communityId: string | null | undefined, perColumn: number): Promise<Array<{ status: DisputeStatus; count: number; nodes: Dispute[] }>> {
    const scope = { ...jurisdictionWhere(this.jurisdiction()), ...(communityId ? { communityId } : {}) };
    const limit = Math.min(Math.max(perColumn, 1), 50);
    const qb = this.ctx.em.createQueryBuilder(DisputeEntity).select(['status']).addSelect(raw('count(*)::int as count')).where(scope).groupBy('status');
    const [counts, ...columns] = await Promise.all([
      qb.execute('all', false) as Promise<Array<{ status: DisputeStatus; count: number }>>,
      ...ALL_STATUSES.map((status) => this.ctx.em.find(DisputeEntity, { ...scope, status }, { orderBy: { reportedAt: 'desc', id: 'desc' }, limit })),
    ]);
    return ALL_STATUSES.map((status, i) => ({
      status,
      count: counts.find((c) => c.status === status)?.count ?? 0,
      nodes: columns[i].map((e) => toDispute(e)),
    }));
  }

  async ofResident(residentId: string): Promise<Dispute[]> {
    this.jurisdiction();
    return (await this.ctx.use(disputesByResident).load(residentId)).map((r) => toDispute(r.dispute));
  }

  async ofCommunity(communityId: string): Promise<Dispute[]> {
    this.jurisdiction();
    return (await this.ctx.use(disputesByCommunity).load(communityId)).map((e) => toDispute(e));
  }
}

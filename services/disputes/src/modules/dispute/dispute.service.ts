import { inJurisdiction } from '@cp/auth';
import { errors, jurisdictionWhere, newestFirst, pageSize, requireJurisdiction, toPage, type BaseContext } from '@cp/service-kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { DisputeLoaders } from '../../loaders';
import { DisputeEntity, type DisputeStatus } from './dispute.entity';
import { toDispute } from './dispute.mapper';
import type { Dispute, DisputeConnection } from './dispute.type';

export interface DisputeFilter {
  first?: number | null;
  after?: string | null;
  communityId?: string | null;
  status?: DisputeStatus | null;
}

/** The dispute ledger, as the caller's jurisdiction allows them to see it. */
export class DisputeService {
  constructor(private readonly ctx: BaseContext & { loaders: DisputeLoaders }) {}

  async get(id: string): Promise<Dispute | null> {
    const e = await this.ctx.loaders.disputeById.load(id);
    if (!e) return null;
    if (!inJurisdiction(requireJurisdiction(this.ctx.claims), e)) throw errors.outsideJurisdiction();
    return toDispute(e);
  }

  async list(filter: DisputeFilter): Promise<DisputeConnection> {
    const limit = pageSize(filter.first);
    const where: FilterQuery<DisputeEntity>[] = [jurisdictionWhere(requireJurisdiction(this.ctx.claims))];
    if (filter.communityId) where.push({ communityId: filter.communityId });
    if (filter.status) where.push({ status: filter.status });
    const order = newestFirst<DisputeEntity>('reportedAt', filter.after);
    where.push(order.where);
    const rows = await this.ctx.em.find(DisputeEntity, { $and: where }, { orderBy: order.orderBy, limit: limit + 1 });
    const page = toPage(rows, limit, order.keyOf);
    return { nodes: page.nodes.map(toDispute), pageInfo: page.pageInfo };
  }

  async ofResident(residentId: string): Promise<Dispute[]> {
    requireJurisdiction(this.ctx.claims);
    return (await this.ctx.loaders.disputesByResident.load(residentId)).map((r) => toDispute(r.dispute));
  }

  async ofCommunity(communityId: string): Promise<Dispute[]> {
    requireJurisdiction(this.ctx.claims);
    return (await this.ctx.loaders.disputesByCommunity.load(communityId)).map(toDispute);
  }
}

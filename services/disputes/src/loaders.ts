import { byIdLoader, groupLoader, jurisdictionWhere, type BaseContext } from '@cp/service-kit';
import type { Jurisdiction } from '@cp/auth';
import { DisputeEntity, DisputePartyEntity } from './modules/dispute/dispute.entity';

/** This subgraph's DataLoaders, fresh per request; lists are already limited to the jurisdiction. */
export function createLoaders({ em }: BaseContext, jurisdiction: () => Jurisdiction) {
  return {
    disputeById: byIdLoader(em, DisputeEntity),
    /** A resident's disputes: one joined statement for every resident on the page. */
    disputesByResident: groupLoader(
      async (residentIds) => {
        const parties = await em.find(
          DisputePartyEntity,
          { residentId: { $in: residentIds }, dispute: jurisdictionWhere(jurisdiction()) },
          { populate: ['dispute'], strategy: 'joined', orderBy: { dispute: { reportedAt: 'desc' } } },
        );
        return parties.map((p): { residentId: string; dispute: DisputeEntity } => ({ residentId: p.residentId!, dispute: p.dispute }));
      },
      (row) => row.residentId,
    ),
    disputesByCommunity: groupLoader(
      (communityIds) =>
        em.find(DisputeEntity, { communityId: { $in: communityIds }, ...jurisdictionWhere(jurisdiction()) }, { orderBy: { reportedAt: 'desc' } }),
      (d) => d.communityId,
    ),
    partiesByDispute: groupLoader(
      (disputeIds) => em.find(DisputePartyEntity, { dispute: { $in: disputeIds } }, { orderBy: { name: 'asc' } }),
      (p) => p.dispute.id,
    ),
  };
}

export type DisputeLoaders = ReturnType<typeof createLoaders>;

import { byIdLoader, groupLoader, isUuid, jurisdictionWhere, perRequest, requireJurisdiction } from '@cp/service-kit';
import { DisputeEntity, DisputePartyEntity } from './dispute.entity';
import type { DisputeRow } from './dispute.mapper';

export const disputeById = perRequest(({ em }) => byIdLoader(em, DisputeEntity));

/** A resident's disputes: one joined statement for every resident on the page. */
export const disputesByResident = perRequest(({ em, claims }) =>
  groupLoader(
    async (residentIds) => {
      // plain rows, not entities: a page of 200 residents' disputes is only read, and building
      // the entities (and the 200-term IN criteria) was most of this subgraph's CPU per page
      const rows = await em
        .createQueryBuilder(DisputeEntity, 'd')
        .select('*')
        .addSelect('p.resident_id as party_resident_id')
        .join('d.parties', 'p')
        .where('p.resident_id = any(?::uuid[])', [`{${residentIds.filter(isUuid).join(',')}}`])
        .andWhere(jurisdictionWhere(requireJurisdiction(claims)))
        .orderBy({ reportedAt: 'desc' })
        .execute('all', true);
      return (rows as unknown as Array<DisputeRow & { party_resident_id: string }>).map((row) => ({ residentId: row.party_resident_id, dispute: row }));
    },
    (row) => row.residentId,
  ),
);

export const disputesByCommunity = perRequest(({ em, claims }) =>
  groupLoader(
    (communityIds) =>
      em.find(DisputeEntity, { communityId: { $in: communityIds }, ...jurisdictionWhere(requireJurisdiction(claims)) }, { orderBy: { reportedAt: 'desc' } }),
    (d) => d.communityId,
  ),
);

export const partiesByDispute = perRequest(({ em }) =>
  groupLoader(
    (disputeIds) => em.find(DisputePartyEntity, { dispute: { $in: disputeIds } }, { orderBy: { name: 'asc' } }),
    (p) => p.dispute.id,
  ),
);

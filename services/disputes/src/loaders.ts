import { byIdLoader, groupLoader, isUuid, jurisdictionWhere, periodLoader, type BaseContext } from '@cp/service-kit';
import type { Jurisdiction } from '@cp/auth';
import { DisputeEntity, DisputePartyEntity } from './modules/dispute/dispute.entity';
import type { DisputeRow } from './modules/dispute/dispute.mapper';
import { disputeFactsOf } from './modules/facts/dispute-facts';
import type { DisputeFacts } from './modules/facts/facts.type';
import { DisputeEventEntity } from './modules/lifecycle/event.entity';
import { DisputeRepeatLinkEntity } from './modules/repeat/repeat-link.entity';
import { DisputeTransferEntity } from './modules/transfer/transfer.entity';
import { RiskNoticeEntity } from './modules/warning/risk-notice.entity';
import { DisputeWarningEntity } from './modules/warning/warning.entity';
import { currentRules } from './modules/rules/current-rules';
import type { DisputeRulesEntity } from './modules/rules/rules.entity';

/** This subgraph's DataLoaders, fresh per request; lists are already limited to the jurisdiction. */
export function createLoaders({ em }: BaseContext, jurisdiction: () => Jurisdiction) {
  let rules: Promise<DisputeRulesEntity> | null = null;
  return {
    /** The district's rules, read once per request (every risk score on a page needs them). */
    rules: () => (rules ??= currentRules(em)),
    disputeById: byIdLoader(em, DisputeEntity),
    /** A resident's disputes: one joined statement for every resident on the page. */
    disputesByResident: groupLoader(
      async (residentIds) => {
        // plain rows, not entities: a page of 200 residents' disputes is only read, and building
        // the entities (and the 200-term IN criteria) was most of this subgraph's CPU per page
        const rows = await em
          .createQueryBuilder(DisputeEntity, 'd')
          .select('*')
          .addSelect('p.resident_id as party_resident_id')
          .join('d.parties', 'p')
          .where('p.resident_id = any(?::uuid[])', [`{${residentIds.filter(isUuid).join(',')}}`])
          .andWhere(jurisdictionWhere(jurisdiction()))
          .orderBy({ reportedAt: 'desc' })
          .execute('all', true);
        return (rows as unknown as Array<DisputeRow & { party_resident_id: string }>).map((row) => ({ residentId: row.party_resident_id, dispute: row }));
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
    eventsByDispute: groupLoader(
      (ids) => em.find(DisputeEventEntity, { dispute: { $in: ids } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (e) => e.dispute.id,
    ),
    transfersByDispute: groupLoader(
      (ids) => em.find(DisputeTransferEntity, { dispute: { $in: ids } }, { orderBy: { transferredAt: 'asc' } }),
      (t) => t.dispute.id,
    ),
    /** Links to the earlier disputes a dispute repeats; the earlier ones come joined. */
    repeatsOf: groupLoader(
      (ids) => em.find(DisputeRepeatLinkEntity, { dispute: { $in: ids } }, { populate: ['earlier'], strategy: 'joined' }),
      (l) => l.dispute.id,
    ),
    repeatedBy: groupLoader(
      (ids) => em.find(DisputeRepeatLinkEntity, { earlier: { $in: ids } }, { populate: ['dispute'], strategy: 'joined' }),
      (l) => l.earlier.id,
    ),
    warningsByDispute: groupLoader(
      (ids) => em.find(DisputeWarningEntity, { dispute: { $in: ids } }, { orderBy: { raisedAt: 'desc' } }),
      (w) => w.dispute.id,
    ),
    noticesByDispute: groupLoader(
      (ids) => em.find(RiskNoticeEntity, { dispute: { $in: ids } }, { orderBy: { issuedAt: 'desc' } }),
      (n) => n.dispute.id,
    ),
    /** Per period, the facts of every community asked for in this request, in one statement. */
    factsOf: periodLoader<DisputeFacts>(async (ids, from, to) => {
      const facts = await disputeFactsOf(em, ids, from, to);
      return ids.map((id) => facts.get(id)!);
    }),
  };
}

export type DisputeLoaders = ReturnType<typeof createLoaders>;

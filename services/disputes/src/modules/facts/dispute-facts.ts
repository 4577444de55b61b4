import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '@cp/service-kit';
import { overdueDuring, overdueWindow } from '../lifecycle/overdue';
import type { DisputeFacts } from './facts.type';

interface Row {
  community_id: string;
  reported: number;
  resolved: number;
  repeats: number;
  overdue: number;
  overdue_progress: number;
  overdue_transfers: number;
}

const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : null);

/**
 * The facts of many communities for one period, in one statement (performance reads them per
 * community): the disputes reported in the period and how many of them were resolved by its end,
 * and every dispute overdue at some moment of the period, whenever it was reported (a June
 * dispute still overdue in November counts in November; one met late in October counts there).
 */
export async function disputeFactsOf(em: EntityManager, communityIds: string[], from: Date, to: Date, now = new Date()): Promise<Map<string, DisputeFacts>> {
  const rows: Row[] = await em.getConnection().execute(
    `with reported as (
       select community_id,
         count(*)::int as reported,
         count(*) filter (where status = 'resolved' and closed_at < ?)::int as resolved,
         count(*) filter (where repeat_count > 0)::int as repeats
       from dispute
       where community_id = any(?::uuid[]) and reported_at >= ? and reported_at < ?
       group by community_id),
     overdue as (
       select o.community_id,
         count(distinct o.dispute_id)::int as overdue,
         count(distinct o.dispute_id) filter (where o.kind = 'progress')::int as overdue_progress,
         count(distinct o.dispute_id) filter (where o.kind = 'transfer')::int as overdue_transfers
       from (${overdueDuring('d.community_id = any(?::uuid[])')}) o
       group by o.community_id)
     select coalesce(r.community_id, o.community_id) as community_id, coalesce(r.reported, 0) as reported, coalesce(r.resolved, 0) as resolved,
       coalesce(r.repeats, 0) as repeats, coalesce(o.overdue, 0) as overdue, coalesce(o.overdue_progress, 0) as overdue_progress, coalesce(o.overdue_transfers, 0) as overdue_transfers
     from reported r full join overdue o on o.community_id = r.community_id`,
    [to, pgArray(communityIds), from, to, pgArray(communityIds), ...overdueWindow(from, to, now)],
  );
  const byCommunity = new Map(rows.map((r) => [r.community_id, r]));
  return new Map(
    communityIds.map((id) => {
      const r = byCommunity.get(id) ?? { reported: 0, resolved: 0, repeats: 0, overdue: 0, overdue_progress: 0, overdue_transfers: 0 };
      return [
        id,
        {
          from: from.toISOString(),
          to: to.toISOString(),
          reported: r.reported,
          resolved: r.resolved,
          resolvedRate: rate(r.resolved, r.reported),
          repeats: r.repeats,
          repeatRate: rate(r.repeats, r.reported),
          overdue: r.overdue,
          overdueProgress: r.overdue_progress,
          overdueTransfers: r.overdue_transfers,
        },
      ];
    }),
  );
}

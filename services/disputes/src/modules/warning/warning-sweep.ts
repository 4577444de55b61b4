import { beijingSql } from '@cp/calendar';
import type { SubgraphJob } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * 监测: the time-based rules. Raises a warning for every open dispute whose weekly progress is
 * overdue and every transfer whose outcome is overdue, unless one is already open. Two
 * statements for the whole district; idempotent, so it can run as often as we like.
 */
export async function sweepOverdue(em: EntityManager, now: Date): Promise<number> {
  const run = (sql: string) => em.getConnection().execute(sql, [now, now], 'all', em.getTransactionContext());
  const progress = await run(
    `insert into dispute_warning (id, dispute_id, kind, message, raised_at, status, version)
     select gen_random_uuid(), d.id, 'overdue_progress', '每周化解进展已逾期（应于 ' || to_char(${beijingSql.local('d.progress_due_at')}, 'YYYY-MM-DD') || ' 前报告）', ?, 'open', 1
     from dispute d
     where d.status in ('registered', 'assessed', 'in_mediation') and d.progress_due_at < ?
     on conflict (dispute_id, kind) where status <> 'closed' do nothing
     returning id`,
  );
  const transfers = await run(
    `insert into dispute_warning (id, dispute_id, kind, message, raised_at, status, version)
     select gen_random_uuid(), d.id, 'overdue_transfer', '移交单位逾期未反馈结果（期限 ' || to_char(${beijingSql.local('d.transfer_due_at')}, 'YYYY-MM-DD') || '）', ?, 'open', 1
     from dispute d
     where d.status = 'transferred' and d.transfer_due_at < ?
     on conflict (dispute_id, kind) where status <> 'closed' do nothing
     returning id`,
  );
  return progress.length + transfers.length;
}

export const overdueSweepJob: SubgraphJob = { name: 'disputes:overdue-sweep', everyMs: 10 * 60_000, run: sweepOverdue };

import type { EntityManager } from '@mikro-orm/postgresql';
import type { WarningKind } from './warning.entity';

/**
 * Raises a warning unless one of the same kind is still open for the dispute (the partial
 * unique index decides, so two writers at once cannot raise it twice). Returns whether it was new.
 */
export async function raiseWarning(tx: EntityManager, disputeId: string, kind: WarningKind, message: string, now: Date): Promise<boolean> {
  const rows = await tx.getConnection().execute(
    `insert into dispute_warning (id, dispute_id, kind, message, raised_at, status, version)
     values (gen_random_uuid(), ?, ?, ?, ?, 'open', 1)
     on conflict (dispute_id, kind) where status <> 'closed' do nothing
     returning id`,
    [disputeId, kind, message, now],
    'all',
    tx.getTransactionContext(),
  );
  return rows.length > 0;
}

import type { SubgraphJob } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Sessions whose tokens have expired need neither revoking nor remembering. */
async function forgetExpiredSessions(em: EntityManager, now: Date): Promise<number> {
  const run = (table: string) =>
    em.getConnection().execute(`delete from ${table} where expires_at < ? returning jti`, [now], 'all', em.getTransactionContext());
  return (await run('issued_session')).length + (await run('revoked_session')).length;
}

export const sessionCleanupJob: SubgraphJob = { name: 'staffing:session-cleanup', everyMs: 60 * 60_000, run: forgetExpiredSessions };

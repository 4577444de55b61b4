import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Ends every unexpired session of an account (the gateway refuses them within its poll
 * interval): used when an administrator disables it, changes its roles or resets its password.
 */
export async function endSessionsOf(em: EntityManager, accountId: string): Promise<void> {
  await em.getConnection().execute(
    `insert into revoked_session (jti, revoked_at, expires_at)
     select jti, now(), expires_at from issued_session where account_id = ? and expires_at > now()
     on conflict (jti) do nothing`,
    [accountId],
  );
}

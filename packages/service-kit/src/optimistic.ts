import { LockMode, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { userError, type UserError } from './errors';

export const staleVersion = (): UserError => userError('STALE_VERSION', '该记录已被他人修改，请刷新后重试', 'version');

/**
 * Runs `change` on an entity in one transaction, only if its version is still the one the
 * caller read: a concurrent edit is refused (`STALE_VERSION`), never silently overwritten.
 * The entity must have a `@Property({ version: true })`.
 */
export async function updateWithVersion<T extends object, R>(
  em: EntityManager,
  entity: T,
  expectedVersion: number,
  change: (em: EntityManager, entity: T) => Promise<R> | R,
): Promise<{ ok: true; value: R } | { ok: false; error: UserError }> {
  try {
    const value = await em.transactional(async (tx) => {
      const managed = tx.merge(entity);
      await tx.lock(managed, LockMode.OPTIMISTIC, expectedVersion); // the version the caller saw
      const result = await change(tx, managed);
      await tx.flush(); // `update … where version = ?`: catches an edit that landed meanwhile
      return result;
    });
    return { ok: true, value };
  } catch (err) {
    if (err instanceof OptimisticLockError) return { ok: false, error: staleVersion() };
    throw err;
  }
}

/**
 * Saves a record there is one of per key (a rating per period and place…): creates it, or revises
 * the existing one at the version the caller saw. A revision without a version, or a creation
 * racing another, is a stale edit: the caller did not see what it would overwrite.
 */
export async function createOrRevise<T extends object>(
  em: EntityManager,
  existing: T | null,
  version: number | null | undefined,
  revise: (entity: T) => void,
  create: () => T,
): Promise<{ ok: true; value: T } | { ok: false; error: UserError }> {
  if (existing) {
    if (version == null) return { ok: false, error: staleVersion() };
    return updateWithVersion(em, existing, version, (_tx, e) => (revise(e), e));
  }
  try {
    const created = create();
    await em.flush();
    return { ok: true, value: created };
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) return { ok: false, error: staleVersion() };
    throw err;
  }
}

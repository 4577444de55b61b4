import type { EntityManager, EntityName } from '@mikro-orm/postgresql';

/** Bulk inserts without the unit of work (seeds, imports): one statement per chunk. */
export async function insertInChunks<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  rows: Array<Record<string, unknown>>,
  size = 2000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await em.insertMany(entity as EntityName<object>, rows.slice(i, i + size));
  }
}

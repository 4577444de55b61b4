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

/**
 * A PostgreSQL array literal for `= any(?::text[])` and `unnest(?::uuid[])`: bound as one value
 * (a JS array would be expanded into a list of parameters), every element quoted.
 */
export const pgArray = (values: ReadonlyArray<string | number>): string => `{${values.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

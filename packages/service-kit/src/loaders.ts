import DataLoader from 'dataloader';
import type { EntityClass, EntityDictionary } from '@mikro-orm/core';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { pgArray } from './bulk';
import type { BaseContext } from './definition';
import type { Provider } from './module';

/**
 * Batching helpers. Loaders are created fresh for every request (their cache is the
 * request's), so one GraphQL request costs one statement per list, not one per row.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether `id` can be a primary key at all: other strings are "not found", not a failed statement. */
export const isUuid = (id: string): boolean => UUID.test(id);

/**
 * Loads rows by primary key `id` (a UUID); unknown ids resolve to null, and so do ids that are
 * no UUID at all (a client's typo must read as "not found", not fail the statement).
 */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length ? await em.find(entity, { id: { $in: wellFormed } } as unknown as FilterQuery<T>) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Rows grouped by key, in their order; a row with several keys (`keyOf` gives an array) is in each group. */
export function groupBy<T>(rows: Iterable<T>, keyOf: (row: T) => string | string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const rowKeys = keyOf(row);
    for (const k of Array.isArray(rowKeys) ? rowKeys : [rowKeys]) {
      const list = groups.get(k);
      if (list) list.push(row);
      else groups.set(k, [row]);
    }
  }
  return groups;
}

/**
 * Loads, for many keys at once, the rows whose `column` equals each key, e.g. the disputes
 * of many residents. `keyOf` reads the key back from a row to group the result.
 */
export function groupLoader<T extends object>(load: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string | string[]): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = groupBy(await load([...keys]), keyOf);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * The latest `limit` rows of many keys (newest first by `newest`), in one statement: a window
 * per key, so a page of parents costs one query however long each one's history is. `key` and
 * `newest` are property names of the entity; `key` must hold a UUID.
 */
export function latestLoader<T extends object>(em: EntityManager, entity: EntityClass<T>, key: string, newest: string, limit: number): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const meta = em.getMetadata().get(entity.name);
    const column = (property: string) => meta.properties[property as keyof T & string].fieldNames[0];
    const [k, by] = [column(key), column(newest)];
    const raw: Array<Record<string, unknown>> = await em.getConnection().execute(
      `select * from (select t.*, row_number() over (partition by t.${k} order by t.${by} desc) as latest_n from ${meta.tableName} t
        where t.${k} = any(?::uuid[])) x where latest_n <= ? order by ${by} desc`,
      [pgArray(keys.filter(isUuid)), limit],
    );
    const groups = groupBy(raw, (r) => String(r[k]));
    return keys.map((id) => (groups.get(id) ?? []).map((r) => em.map(entity, r as EntityDictionary<T>)));
  });
}

/** A federation reference resolver that loads the entity through this request's loader and maps it. */
export function referenceVia<E, T>(loader: Provider<DataLoader<string, E | null>>, map: (e: E) => T) {
  return {
    __resolveReference: async (ref: { id: string }, ctx: BaseContext): Promise<T | null> => {
      const e = await ctx.use(loader).load(ref.id);
      return e ? map(e) : null;
    },
  };
}

/** An entity of another subgraph that this one extends: its reference is its key, nothing to load. */
export const keyOnlyReference = { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) };

/**
 * Loaders keyed by period: facts asked for one [from, to) (time in community, dispute or
 * population facts) are loaded together for every key asked in the request, one batch per period.
 */
export function periodLoader<V>(load: (keys: string[], from: Date, to: Date) => Promise<V[]>): (from: Date, to: Date) => DataLoader<string, V> {
  const byPeriod = new Map<string, DataLoader<string, V>>();
  return (from, to) => {
    const period = `${+from}|${+to}`;
    let loader = byPeriod.get(period);
    if (!loader) byPeriod.set(period, (loader = new DataLoader((keys) => load([...keys], from, to))));
    return loader;
  };
}

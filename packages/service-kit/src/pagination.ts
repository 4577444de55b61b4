import { Directive, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { raw, type EntityManager, type EntityName, type FilterQuery } from '@mikro-orm/postgresql';
import { DomainError } from './errors';

/** Relay-style page information, shared by every list in every subgraph. */
@ObjectType({ description: '分页信息' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true, description: '本页最后一条的游标，传给 after 取下一页' })
  endCursor!: string | null;

  @Field({ description: '是否还有下一页' })
  hasNextPage!: boolean;
}

export const MAX_PAGE_SIZE = 200;

/** Clamps a requested page size into [1, MAX_PAGE_SIZE]. */
export const pageSize = (first: number | null | undefined, fallback = 20): number => Math.min(Math.max(first ?? fallback, 1), MAX_PAGE_SIZE);

/** Keyset cursor: opaque to clients, a row's sort key inside. */
export const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');
/** The keys cursors carry: a row's id, or a moment and an id (newest-first ledgers). */
const CURSOR_KEY = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\|)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A cursor this platform issued, or a coded refusal (a tampered one never reaches SQL). */
export function decodeCursor(cursor: string | null | undefined): string | null {
  if (!cursor) return null;
  const key = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!CURSOR_KEY.test(key)) throw new DomainError('INPUT_CURSOR_INVALID', '分页游标无效，请从第一页重新查询', 'after');
  return key;
}

/** Turns `limit + 1` fetched rows into a page and its info. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => string): { nodes: T[]; pageInfo: PageInfo } {
  const nodes = rows.slice(0, limit);
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(keyOf(last)) : null } };
}

/** 排序方向: the same two values in every subgraph, so the supergraph merges them. */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: '排序方向',
  valuesConfig: { ASC: { description: '升序' }, DESC: { description: '降序' } },
});

/** How deep a table may jump by offset: past this a station narrows its filters (an export follows cursors, which have no limit). */
export const MAX_OFFSET = 10_000;

/** Where a page starts: after a cursor (the next page, an export) or at an offset (a jump to page N), never both. */
export interface PageStart {
  after?: string | null;
  offset?: number | null;
}

type SortValue = string | number;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A sorted cursor, `[sort value, id]` as JSON: only a short scalar and a uuid get through to SQL, anything else is refused. */
function decodeSorted(cursor: string): [SortValue, string] {
  let key: unknown = null;
  try {
    key = /^[A-Za-z0-9_-]+$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  } catch {
    key = null;
  }
  const ok =
    Array.isArray(key) &&
    key.length === 2 &&
    ((typeof key[0] === 'string' && key[0].length <= 200) || (typeof key[0] === 'number' && Number.isFinite(key[0]))) &&
    typeof key[1] === 'string' &&
    UUID.test(key[1]);
  if (!ok) throw new DomainError('INPUT_CURSOR_INVALID', '分页游标无效，请从第一页重新查询', 'after');
  return key as [SortValue, string];
}

/**
 * A page in a chosen order, ties broken by id, starting after a cursor or at an offset: what a
 * ledger's table asks for (sort a column, jump to page N) and what its export walks (every row,
 * page after page, in the order on screen). Sort only on non-null columns, and index them with
 * the scope they are read in, so a sorted page costs what an unsorted one does.
 */
export function ordered<T extends { id: string }>(field: keyof T & string, direction: SortDirection | 'asc' | 'desc', start: PageStart = {}) {
  const dir = direction === SortDirection.DESC || direction === 'desc' ? 'desc' : 'asc';
  if (start.after && start.offset) throw new DomainError('INPUT_PAGING', '跳页（offset）与游标（after）不能同时使用', 'offset');
  const offset = start.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw new DomainError('INPUT_OFFSET', '跳过的条数须为非负整数', 'offset');
  if (offset > MAX_OFFSET) throw new DomainError('PAGE_TOO_DEEP', `页码过深：跳页最多到第 ${MAX_OFFSET} 条，请缩小查询条件或导出`, 'offset');
  const [value, id] = start.after ? decodeSorted(start.after) : [];
  const cmp = dir === 'asc' ? '$gt' : '$lt';
  return {
    where: (id !== undefined ? { $or: [{ [field]: { [cmp]: value } }, { [field]: value, id: { [cmp]: id } }] } : {}) as Record<string, unknown>,
    orderBy: { [field]: dir, id: dir } as Record<string, 'asc' | 'desc'>,
    offset,
    keyOf: (row: T): string => {
      const v = row[field] as unknown;
      return JSON.stringify([v instanceof Date ? v.toISOString() : (v as SortValue), row.id]);
    },
  };
}

/** A ledger's order input (`ResidentOrder { field, direction }`), its fields an enum of the columns indexed for sorting. */
export function orderInput<F extends Record<string, string>>(name: string, fields: F, labels: { [K in keyof F]: string }) {
  registerEnumType(fields, {
    name: `${name}Field`,
    description: '可排序的列',
    valuesConfig: Object.fromEntries(Object.keys(fields).map((k) => [k, { description: labels[k] }])) as never,
  });
  @InputType(name, { description: '排序：列与方向，同值按 id' })
  class Order {
    @Field(() => fields) field!: F[keyof F];
    @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection = SortDirection.ASC;
  }
  return Order;
}

/** Newest first on (`timeField`, id), for ledgers and trails. */
export const newestFirst = <T extends { id: string }>(timeField: keyof T & string, after: string | null | undefined, offset?: number | null) =>
  ordered<T>(timeField, 'desc', { after, offset });

/** A ledger (台账) lists a period's records whole, up to this many: a month of a station's fits. */
export const LEDGER_MAX_ROWS = 5000;

/**
 * A ledger's rows as read with `limit: LEDGER_MAX_ROWS + 1`: the first `LEDGER_MAX_ROWS`, mapped,
 * and whether there were more (the ledger then says it was cut, rather than look complete).
 */
export function ledgerOf<T, R>(rows: T[], map: (row: T) => R): { records: R[]; truncated: boolean } {
  return { records: rows.slice(0, LEDGER_MAX_ROWS).map(map), truncated: rows.length > LEDGER_MAX_ROWS };
}

/**
 * A ledger counts its matches up to this many: more than every page a table may jump to
 * (MAX_OFFSET), and a district's million residents is not counted again on every page.
 */
export const TOTAL_COUNT_CAP = 100_000;

/** How many rows match, counted up to TOTAL_COUNT_CAP (`capped`: at least that many). One statement. */
export async function countUpTo<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
): Promise<{ count: number; capped: boolean }> {
  const knex = em.getKnex();
  const matches = em
    .createQueryBuilder(entity, 'e')
    .select(raw('1'))
    .where(where)
    .limit(TOTAL_COUNT_CAP + 1)
    .getKnexQuery();
  const [row] = await em.getConnection().execute<Array<{ n: number }>>(knex.select(knex.raw('count(*)::int as n')).from(matches.as('t')));
  const n = row?.n ?? 0;
  return { count: Math.min(n, TOTAL_COUNT_CAP), capped: n > TOTAL_COUNT_CAP };
}

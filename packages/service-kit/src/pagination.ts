import { Directive, Field, ObjectType } from 'type-graphql';
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

/**
 * Newest-first keyset paging on (`timeField`, id), for ledgers and trails: the filter for the
 * rows after `after`, the order, and each row's cursor. Ties in time are broken by id.
 */
export function newestFirst<T extends { id: string }>(timeField: keyof T & string, after: string | null | undefined) {
  const [at, id] = decodeCursor(after)?.split('|') ?? [];
  const since = at && id ? new Date(at) : null;
  return {
    where: (since ? { $or: [{ [timeField]: { $lt: since } }, { [timeField]: since, id: { $lt: id } }] } : {}) as Record<string, unknown>,
    orderBy: { [timeField]: 'desc', id: 'desc' } as Record<string, 'desc'>,
    keyOf: (row: T): string => `${(row[timeField] as Date).toISOString()}|${row.id}`,
  };
}

/** A ledger (台账) lists a period's records whole, up to this many: a month of a station's fits. */
export const LEDGER_MAX_ROWS = 5000;

/**
 * A ledger's rows as read with `limit: LEDGER_MAX_ROWS + 1`: the first `LEDGER_MAX_ROWS`, mapped,
 * and whether there were more (the ledger then says it was cut, rather than look complete).
 */
export function ledgerOf<T, R>(rows: T[], map: (row: T) => R): { records: R[]; truncated: boolean } {
  return { records: rows.slice(0, LEDGER_MAX_ROWS).map(map), truncated: rows.length > LEDGER_MAX_ROWS };
}

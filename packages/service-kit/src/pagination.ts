import { Directive, Field, ObjectType } from 'type-graphql';

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
export const decodeCursor = (cursor: string | null | undefined): string | null => (cursor ? Buffer.from(cursor, 'base64url').toString('utf8') : null);

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

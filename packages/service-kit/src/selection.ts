import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * Whether the query asks, below the field being resolved, for the field at `path` (through
 * aliases, fragments and every possible type): lets a list read what its page will need in
 * the same statement, e.g. `selects(info, 'nodes', 'community')`.
 */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  const root = parseResolveInfo(info) as ResolveTree | null;
  let level: ResolveTree[] = root ? [root] : [];
  for (const name of path) {
    level = level.flatMap((tree) => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields).filter((f) => f.name === name)));
  }
  return level.length > 0;
}

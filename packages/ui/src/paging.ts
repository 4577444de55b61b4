type Paged<K extends string> = { [P in K]: { nodes: readonly unknown[] } };

/**
 * `updateQuery` for "加载更多" on a cursor-paged list field: the next page's nodes are
 * appended to the ones already shown, and its pageInfo replaces the old one.
 */
export function appendPage<K extends string>(field: K) {
  return <T extends Paged<K>>(prev: T, { fetchMoreResult }: { fetchMoreResult: T }): T =>
    ({ ...fetchMoreResult, [field]: { ...fetchMoreResult[field], nodes: [...prev[field].nodes, ...fetchMoreResult[field].nodes] } }) as T;
}

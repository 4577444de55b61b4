/**
 * Standard competition ranks (1, 2, 2, 4) of items already sorted best first: equal values share
 * the rank of the first of them, and the next value skips the places they took.
 */
export function tiedRanks<T>(sorted: readonly T[], valueOf: (item: T) => number | null): number[] {
  const ranks: number[] = [];
  sorted.forEach((item, i) => ranks.push(i > 0 && valueOf(sorted[i - 1]!) === valueOf(item) ? ranks[i - 1]! : i + 1));
  return ranks;
}

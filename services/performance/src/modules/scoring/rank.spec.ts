import { describe, expect, it } from 'vitest';
import { tiedRanks } from './rank';

describe('tiedRanks', () => {
  it('gives equal values the same rank and skips the places they took', () => {
    expect(tiedRanks([90, 80, 80, 70], (v) => v)).toEqual([1, 2, 2, 4]);
    expect(tiedRanks([70, null, null], (v) => v)).toEqual([1, 2, 2]);
    expect(tiedRanks([], (v: number) => v)).toEqual([]);
  });
});

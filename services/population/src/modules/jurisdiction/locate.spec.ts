import { describe, expect, it } from 'vitest';
import { holdsPoint } from './locate';

const square: Array<[number, number]> = [
  [116.4, 39.9],
  [116.41, 39.9],
  [116.41, 39.91],
  [116.4, 39.91],
  [116.4, 39.9],
];

describe('a point in a community', () => {
  it('is inside when any of its grids holds it, the edge included', () => {
    expect(holdsPoint([{ boundary: square }], { lat: 39.905, lng: 116.405 })).toBe(true);
    expect(holdsPoint([{ boundary: square }], { lat: 39.9, lng: 116.405 })).toBe(true);
    expect(holdsPoint([{ boundary: square }], { lat: 39.92, lng: 116.405 })).toBe(false);
  });

  it('takes an outline left open, and never counts a grid with no outline', () => {
    expect(holdsPoint([{ boundary: square.slice(0, 4) }], { lat: 39.905, lng: 116.405 })).toBe(true);
    expect(holdsPoint([{ boundary: null }, { boundary: [] }], { lat: 39.905, lng: 116.405 })).toBe(false);
  });
});

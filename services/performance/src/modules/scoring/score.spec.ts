import { describe, expect, it } from 'vitest';
import { Direction, IndicatorKind, IndicatorSource } from '../indicator/indicator.entity';
import { score, sumMeasures, type AppliedIndicator, type Measure } from './score';

const indicator = (code: string, weight: number, target: number, direction: Direction, unit = '%'): AppliedIndicator => ({
  code,
  name: code,
  kind: IndicatorKind.outcome,
  source: IndicatorSource.computed,
  direction,
  unit,
  target,
  weight,
});
const up = Direction.higher_better;
const down = Direction.lower_better;

describe('scoring a place against the catalogue', () => {
  const catalogue = [
    indicator('FLOATING', 40, 95, up), // 19 of 20 registered = 95 %: full 40
    indicator('RENTAL', 20, 100, up), // 3 of 4 = 75 %: 20 × 0.75 = 15
    indicator('REPEAT', 20, 5, down), // 2 of 20 = 10 % against 5 %: 20 × 0.5 = 10
    indicator('OVERDUE', 10, 0, down, '件'), // 1 overdue: 10 × 1/2 = 5
    indicator('SATISFACTION', 10, 98, up), // no survey: left out
  ];
  const measures = new Map<string, Measure>([
    ['FLOATING', { numerator: 19, denominator: 20 }],
    ['RENTAL', { numerator: 3, denominator: 4 }],
    ['REPEAT', { numerator: 2, denominator: 20 }],
    ['OVERDUE', { numerator: 1, denominator: null }],
  ]);

  it('earns points by achievement and scales the total to 100 over what applies, as counted by hand', () => {
    const { lines, total } = score(catalogue, measures);
    expect(lines.map((l) => [l.code, l.value, l.points, l.applicable])).toEqual([
      ['FLOATING', 95, 40, true],
      ['RENTAL', 75, 15, true],
      ['REPEAT', 10, 10, true],
      ['OVERDUE', 1, 5, true],
      ['SATISFACTION', null, null, false],
    ]);
    expect(total).toBe(77.78); // (40 + 15 + 10 + 5) / 90 × 100
  });

  it('scores a rate over nothing as not applicable, not as 0', () => {
    const { lines, total } = score(
      [indicator('RENTAL', 50, 95, up), indicator('FLOATING', 50, 95, up)],
      new Map([
        ['RENTAL', { numerator: 0, denominator: 0 }],
        ['FLOATING', { numerator: 19, denominator: 20 }],
      ]),
    );
    expect(lines[0]!.applicable).toBe(false);
    expect(total).toBe(100);
  });

  it('adds up a station from its communities: numerators and denominators, not rates', () => {
    const a = new Map<string, Measure>([
      ['RENTAL', { numerator: 1, denominator: 1 }],
      ['OVERDUE', { numerator: 2, denominator: null }],
    ]);
    const b = new Map<string, Measure>([
      ['RENTAL', { numerator: 1, denominator: 3 }],
      ['OVERDUE', { numerator: 1, denominator: null }],
    ]);
    expect(Object.fromEntries(sumMeasures([a, b]))).toEqual({ RENTAL: { numerator: 2, denominator: 4 }, OVERDUE: { numerator: 3, denominator: null } });
  });
});

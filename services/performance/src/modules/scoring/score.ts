import type { Direction, IndicatorKind, IndicatorSource } from '../indicator/indicator.entity';

/** An indicator as it applies to one place: the catalogue's, with that place's overrides. */
export interface AppliedIndicator {
  code: string;
  name: string;
  kind: IndicatorKind;
  source: IndicatorSource;
  direction: Direction;
  unit: string;
  target: number;
  weight: number;
}

/**
 * What the work shows for one indicator: a rate is numerator / denominator (× 100 %), a count is
 * the numerator alone (denominator null). No measure, or a rate over nothing, makes the
 * indicator not applicable there: it is left out rather than scored 0 or full.
 */
export interface Measure {
  numerator: number;
  denominator: number | null;
}

export interface ScoreLine extends AppliedIndicator {
  numerator: number | null;
  denominator: number | null;
  /** The rate in % (or the count); null when not applicable. */
  value: number | null;
  /** How much of the target was reached, 0 to 1. */
  achievement: number | null;
  /** Points earned out of `weight`. */
  points: number | null;
  applicable: boolean;
}

export interface Scored {
  lines: ScoreLine[];
  /** Out of 100: the points earned over the weights of the applicable indicators. */
  total: number | null;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const isRate = (unit: string) => unit === '%';

/**
 * The scoring rule, the same for every place:
 * - higher is better: achievement = value / target, at most 1;
 * - lower is better, a rate: full at or below the target, else target / value;
 * - lower is better, a count: (target + 1) / (value + 1), at most 1 (0 overdue against a target
 *   of 0 is full; 1 is half; 3 a quarter).
 * Points = weight × achievement; the total is scaled to 100 over the applicable weights, so a
 * community without rentals is not punished (or rewarded) for the rental indicator.
 */
export function achievementOf(i: AppliedIndicator, value: number): number {
  if (i.direction === 'higher_better') return i.target > 0 ? Math.min(1, value / i.target) : 1;
  if (isRate(i.unit)) return value <= i.target ? 1 : i.target / value;
  return Math.min(1, (i.target + 1) / (value + 1));
}

export function score(indicators: AppliedIndicator[], measures: Map<string, Measure>): Scored {
  const lines = indicators.map((i): ScoreLine => {
    const m = measures.get(i.code);
    const value = !m ? null : isRate(i.unit) ? (m.denominator ? (m.numerator / m.denominator) * 100 : null) : m.numerator;
    if (value === null)
      return { ...i, numerator: m?.numerator ?? null, denominator: m?.denominator ?? null, value: null, achievement: null, points: null, applicable: false };
    const achievement = achievementOf(i, value);
    return {
      ...i,
      numerator: m!.numerator,
      denominator: m!.denominator,
      value: round(value),
      achievement: round(achievement, 4),
      points: round(i.weight * achievement),
      applicable: true,
    };
  });
  const applicable = lines.filter((l) => l.applicable);
  const weights = applicable.reduce((n, l) => n + l.weight, 0);
  const points = applicable.reduce((n, l) => n + (l.points ?? 0), 0);
  return { lines, total: weights ? round((points / weights) * 100) : null };
}

/** A station's (or any group's) measures: the sums of its parts' numerators and denominators. */
export function sumMeasures(parts: Array<Map<string, Measure>>): Map<string, Measure> {
  const sum = new Map<string, Measure>();
  for (const part of parts) {
    for (const [code, m] of part) {
      const s = sum.get(code);
      sum.set(code, {
        numerator: (s?.numerator ?? 0) + m.numerator,
        denominator: m.denominator === null && (s === undefined || s.denominator === null) ? null : (s?.denominator ?? 0) + (m.denominator ?? 0),
      });
    }
  }
  return sum;
}

import { describe, expect, it } from 'vitest';
import { ScopeLevel } from '../indicator/override.entity';
import { Tier } from '../scorecard/scorecard.entity';
import type { Scorecard } from '../scorecard/scorecard.type';
import { warningsFor } from './warning.rules';

const card = (id: string, total: number | null, rank: number, of = 5): Scorecard => ({
  period: '2026-Q1',
  level: ScopeLevel.station,
  scopeId: id,
  name: `${id}所`,
  stationId: id,
  total,
  rank,
  rankedOf: of,
  tier: Tier.ordinary,
  published: true,
  publishedAt: null,
  lines: [],
  dualTrack: null,
});

describe('warnings to the bottom of a ranking', () => {
  const ranked = [card('a', 90, 1), card('b', 80, 2), card('c', 70, 3), card('d', 60, 4), card('e', 50, 5)];

  it('warns the last place and calls the two above it to a talk', () => {
    expect(warningsFor('2026-Q1', ranked, new Set()).map((w) => [w.scopeId, w.kind])).toEqual([
      ['c', 'talk'],
      ['d', 'talk'],
      ['e', 'yellow_card'],
    ]);
  });

  it('puts a place last two periods running under supervision, and says why', () => {
    const [, , last] = warningsFor('2026-Q1', ranked, new Set(['e']));
    expect(last).toMatchObject({ scopeId: 'e', kind: 'supervision', reason: '2026-Q1 派出所排名第 5 / 5（50.00 分），连续两期末位' });
  });

  it('leaves out places with nothing to score, and rankings too small to have a bottom', () => {
    expect(warningsFor('2026-Q1', [...ranked.slice(0, 4), card('e', null, 5)], new Set()).map((w) => w.scopeId)).toEqual(['b', 'c', 'd']);
    expect(warningsFor('2026-Q1', ranked.slice(0, 2), new Set())).toEqual([]);
  });
});

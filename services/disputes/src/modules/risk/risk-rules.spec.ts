import { describe, expect, it } from 'vitest';
import { RiskLevel } from '../dispute/dispute.entity';
import { assessRisk, bandOf } from './risk-rules';

const now = new Date('2026-11-22T08:00:00Z');
const base = { riskLevel: RiskLevel.general, repeatCount: 0, reopenCount: 0, threatsNoted: false, violenceHistory: false };

describe('escalation risk', () => {
  it('scores a plain ordinary dispute low, for its level alone', () => {
    expect(assessRisk(base, now)).toEqual({ score: 10, band: 'low', reasons: [{ code: 'RISK_LEVEL', label: '风险等级一般', points: 10 }] });
  });

  it('adds every rule that applies, each with its reason (25 + 30 + 20 + 25 + 10 = 110 → capped 100)', () => {
    const r = assessRisk(
      { ...base, riskLevel: RiskLevel.major, repeatCount: 3, threatsNoted: true, violenceHistory: true, progressDueAt: new Date('2026-11-01') },
      now,
    );
    expect(r.reasons.map((x) => [x.code, x.points])).toEqual([
      ['RISK_LEVEL', 25],
      ['REPEAT', 30],
      ['THREATS', 20],
      ['VIOLENCE', 25],
      ['PROGRESS_OVERDUE', 10],
    ]);
    expect(r.score).toBe(100);
    expect(r.band).toBe('high');
  });

  it('counts a repeat 15 points each and a reopening 10, and a due date not yet passed nothing', () => {
    const r = assessRisk({ ...base, repeatCount: 1, reopenCount: 1, progressDueAt: new Date('2026-11-23'), transferDueAt: new Date('2026-11-21') }, now);
    expect(r.score).toBe(10 + 15 + 10 + 10);
    expect(r.reasons.map((x) => x.code)).toEqual(['RISK_LEVEL', 'REPEAT', 'REOPENED', 'TRANSFER_OVERDUE']);
    expect(r.band).toBe('medium');
  });

  it('bands by the configured high line', () => {
    expect([bandOf(29), bandOf(30), bandOf(59), bandOf(60)]).toEqual(['low', 'medium', 'medium', 'high']);
    expect(bandOf(45, 40)).toBe('high');
  });
});

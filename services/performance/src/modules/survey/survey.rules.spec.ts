import { describe, expect, it } from 'vitest';
import { earliestSurveyDate, outliers, periodsOfSurvey } from './survey.rules';

describe('survey rules', () => {
  it('lets a round be entered in the month it was held or the next, Beijing time, across a year end', () => {
    expect(earliestSurveyDate(new Date('2026-12-03T06:00:00Z'))).toBe('2026-11-01');
    expect(earliestSurveyDate(new Date('2027-01-01T00:30:00+08:00'))).toBe('2026-12-01');
    expect(earliestSurveyDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-01'); // already 1 January in Beijing
  });

  it('names the week, month, quarter and year a round counts in', () => {
    expect(periodsOfSurvey('2026-03-31')).toEqual(['2026-W14', '2026-03', '2026-Q1', '2026']);
  });

  it('flags a rate far from the mean of the previous rounds, once there are two to compare with', () => {
    const r = (id: string, rate: number) => ({ id, rate });
    const flagged = outliers([r('a', 0.2), r('b', 0.95), r('c', 0.97), r('d', 0.5), r('e', 0.9)]);
    expect([...flagged.keys()]).toEqual(['c', 'd']); // c: 97 % against (20 + 95) / 2; d: 50 % against the mean of a–c
  });
});

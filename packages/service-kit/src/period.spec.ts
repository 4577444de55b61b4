import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { factsMark, measuredUntil, parsePeriodCode, previousPeriod, runningPeriods, weekOf } from './period';

const iso = (d: Date) => d.toISOString();

describe('reporting periods in Beijing time', () => {
  it.each([
    ['2026', 'year', '2025-12-31T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2026-Q1', 'quarter', '2025-12-31T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    ['2026-q4', 'quarter', '2026-09-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2026-02', 'month', '2026-01-31T16:00:00.000Z', '2026-02-28T16:00:00.000Z'],
    ['2026-12', 'month', '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2026-W01', 'week', '2025-12-28T16:00:00.000Z', '2026-01-04T16:00:00.000Z'], // Monday 2025-12-29
    ['2027-W01', 'week', '2027-01-03T16:00:00.000Z', '2027-01-10T16:00:00.000Z'], // Monday 2027-01-04
  ])('%s is a %s from %s to %s', (code, kind, from, to) => {
    const p = parsePeriodCode(code);
    expect([p.kind, iso(p.from), iso(p.to)]).toEqual([kind, from, to]);
  });

  it.each(['2026-Q5', '2026-13', '2026-W54', '26', '2026/01'])('refuses %s', (code) => {
    expect(() => parsePeriodCode(code)).toThrow(/考核期/);
  });

  it.each([
    ['2026-Q1', '2025-Q4'],
    ['2026-01', '2025-12'],
    ['2026-W01', '2025-W52'],
    ['2027-W01', '2026-W53'],
    ['2026', '2025'],
  ])('the period before %s is %s', (code, before) => {
    expect(previousPeriod(parsePeriodCode(code)).code).toBe(before);
  });
});

describe('the ISO week of a moment, in Beijing time', () => {
  it.each([
    ['2026-12-01T12:00:00Z', '2026-W49'],
    ['2026-11-29T16:30:00Z', '2026-W49'], // Monday 00:30 in Beijing, still Sunday in UTC
    ['2026-11-29T15:30:00Z', '2026-W48'],
    ['2027-01-01T04:00:00Z', '2026-W53'],
    ['2025-12-29T04:00:00Z', '2026-W01'],
  ])('%s is in %s', (at, code) => {
    const w = weekOf(new Date(at));
    expect(w.code).toBe(code);
    expect(+w.from <= +new Date(at) && +new Date(at) < +w.to).toBe(true);
  });
});

describe('running periods measured to a mark', () => {
  const month = parsePeriodCode('2026-12');
  it('measures a closed period to its end and a running one to the last ten-minute mark', () => {
    expect(measuredUntil(parsePeriodCode('2026-11'), new Date('2026-12-02T02:17:45Z'))).toEqual(parsePeriodCode('2026-11').to);
    expect(measuredUntil(month, new Date('2026-12-02T02:17:45Z'))).toEqual(new Date('2026-12-02T02:10:00Z'));
    // begun since the last mark: to the next one, so the period is never empty
    expect(measuredUntil(month, new Date('2026-11-30T16:04:00Z'))).toEqual(new Date('2026-11-30T16:10:00Z'));
    // what is measured "now" (data quality) is measured to the mark
    expect(factsMark(new Date('2026-12-02T02:17:45Z'))).toEqual(new Date('2026-12-02T02:10:00Z'));
    expect(factsMark(new Date('2026-12-02T02:20:00Z'))).toEqual(new Date('2026-12-02T02:20:00Z'));
  });

  it('names the week, month, quarter and year running in Beijing', () => {
    expect(runningPeriods(new Date('2026-12-31T17:00:00Z')).map((p) => p.code)).toEqual(['2026-W53', '2027-01', '2027-Q1', '2027']); // 1 January 2027 is a Friday: ISO week 53 of 2026
    expect(runningPeriods(new Date('2026-12-02T02:00:00Z')).map((p) => p.code)).toEqual(['2026-W49', '2026-12', '2026-Q4', '2026']);
  });
});

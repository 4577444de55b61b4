import { describe, expect, it } from 'vitest';
import { beijingDay, beijingMidnight, beijingMoment, beijingSql, beijingToday } from './index';

describe('the Beijing calendar', () => {
  it('puts a moment on the Beijing day it falls on, across UTC midnight', () => {
    expect(beijingDay(new Date('2026-03-01T15:59:59Z'))).toEqual({
      date: '2026-03-01',
      start: new Date('2026-02-28T16:00:00Z'),
      end: new Date('2026-03-01T16:00:00Z'),
    });
    expect(beijingDay(new Date('2026-03-01T16:00:00Z')).date).toBe('2026-03-02');
    expect(beijingToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });

  it('names moments by Beijing date and time', () => {
    expect(beijingMoment('2026-06-01', '08:00')).toEqual(new Date('2026-06-01T00:00:00Z'));
    expect(beijingMoment('2026-06-01')).toEqual(new Date('2026-05-31T16:00:00Z'));
    expect(beijingMidnight(2026, 1, 1)).toEqual(new Date('2025-12-31T16:00:00Z'));
    expect(beijingMidnight(2026, 13, 1)).toEqual(beijingMidnight(2027, 1, 1));
    expect(beijingMidnight(50, 1, 1).getUTCFullYear()).toBe(49); // year 50, not 1950 (31 December 49 in UTC)
  });

  it('spells the same rules for SQL', () => {
    expect(beijingSql.date('d.at')).toBe("(d.at at time zone 'Asia/Shanghai')::date");
    expect(beijingSql.midnight('v.rectify_by')).toBe("(v.rectify_by::timestamp at time zone 'Asia/Shanghai')");
  });
});

import { describe, expect, it } from 'vitest';
import { COMMUNITY_DAY, generateRoster, patternProblems, STANDARD_PATTERNS } from './generate-roster';

const [fourThree, threeTwo] = STANDARD_PATTERNS;
const ANCHOR = '2026-01-01';
const at = (iso: string) => new Date(iso).toISOString();

describe('四班三运转', () => {
  const month = generateRoster(fourThree, '2026-12-01', '2026-12-31', ANCHOR);

  it('covers every day of a month with early, middle and night, one group each, and rests the fourth', () => {
    expect(month).toHaveLength(31 * 3);
    for (let d = 1; d <= 31; d++) {
      const day = `2026-12-${String(d).padStart(2, '0')}`;
      const shifts = month.filter((s) => s.day === day);
      expect(shifts.map((s) => s.shiftCode).sort()).toEqual(['early', 'middle', 'night']);
      expect(new Set(shifts.map((s) => s.groupIndex)).size).toBe(3);
    }
  });

  it('gives each group two early, two middle, two night and two rest days in every eight', () => {
    const g0 = month.filter((s) => s.groupIndex === 0 && s.day <= '2026-12-08').map((s) => s.shiftCode);
    expect(g0.sort()).toEqual(['early', 'early', 'middle', 'middle', 'night', 'night']);
  });

  it('puts shifts in Beijing time: early 08:00–16:00, night 00:00–08:00 (UTC+8)', () => {
    const early = month.find((s) => s.day === '2026-12-01' && s.shiftCode === 'early')!;
    expect([at(early.startsAt.toISOString()), at(early.endsAt.toISOString())]).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-01T08:00:00.000Z']);
    const night = month.find((s) => s.day === '2026-12-01' && s.shiftCode === 'night')!;
    expect(night.startsAt.toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('continues the rotation across a year boundary exactly as one long roster would', () => {
    const long = generateRoster(fourThree, '2026-12-20', '2027-01-10', ANCHOR);
    const split = [...generateRoster(fourThree, '2026-12-20', '2026-12-31', ANCHOR), ...generateRoster(fourThree, '2027-01-01', '2027-01-10', ANCHOR)];
    expect(split).toEqual(long);
    expect(long.filter((s) => s.day === '2027-01-01')).toHaveLength(3);
  });
});

describe('三班两运转 (正、副、休)', () => {
  it('has one group on the 24-hour main shift, one on the deputy shift and one resting, every day across February', () => {
    const feb = generateRoster(threeTwo, '2027-02-01', '2027-02-28', ANCHOR);
    expect(feb).toHaveLength(28 * 2);
    for (const day of new Set(feb.map((s) => s.day))) {
      expect(
        feb
          .filter((s) => s.day === day)
          .map((s) => s.shiftCode)
          .sort(),
      ).toEqual(['deputy', 'main']);
    }
    const main = feb.find((s) => s.shiftCode === 'main')!;
    expect(+main.endsAt - +main.startsAt).toBe(24 * 3_600_000);
  });

  it('rotates main → deputy → rest for each group', () => {
    const days = generateRoster(threeTwo, '2027-03-01', '2027-03-06', ANCHOR).filter((s) => s.groupIndex === 1);
    const byDay = Object.fromEntries(days.map((s) => [s.day, s.shiftCode]));
    const seq = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06'].map((d) => byDay[d] ?? 'off');
    expect(seq.slice(3)).toEqual(seq.slice(0, 3)); // a three-day cycle
    expect(['main,deputy,off', 'deputy,off,main', 'off,main,deputy']).toContain(seq.slice(0, 3).join(','));
  });
});

describe("the community officers' own days", () => {
  it('puts a 警组 in the community Monday to Friday from 08:30 Beijing time, any week of any year', () => {
    expect(patternProblems(COMMUNITY_DAY)).toEqual([]);
    for (const [from, to] of [
      ['2027-03-01', '2027-03-07'],
      ['2026-12-28', '2027-01-03'],
    ]) {
      const week = generateRoster(COMMUNITY_DAY, from, to, ANCHOR);
      expect(week.map((s) => new Date(`${s.day}T00:00:00Z`).getUTCDay())).toEqual([1, 2, 3, 4, 5]);
      expect(week[0]).toMatchObject({ shiftCode: 'community', startsAt: new Date(`${from}T00:30:00Z`), endsAt: new Date(`${from}T09:30:00Z`) });
    }
  });
});

describe('patterns as data', () => {
  it('accepts the standard patterns and names what is wrong with a broken one', () => {
    for (const p of STANDARD_PATTERNS) expect(patternProblems(p)).toEqual([]);
    expect(patternProblems({ shifts: [{ code: 'day', name: '白班', start: '25:00', hours: 30 }], cycle: ['day', 'night', 'off'], groupCount: 2 })).toEqual([
      '轮转周期天数须是班组数的整数倍',
      '轮转周期中的班次 night 未定义',
      '班次 白班 的开始时间应为 HH:MM',
      '班次 白班 的时长应在 0 到 24 小时之间',
    ]);
  });
});

import { beijingMoment } from '@cp/calendar';
import type { ShiftDefinition } from './roster.entity';

export interface PatternShape {
  shifts: ShiftDefinition[];
  cycle: string[];
  groupCount: number;
}

export interface PlannedShift {
  groupIndex: number;
  day: string;
  shiftCode: string;
  shiftName: string;
  startsAt: Date;
  endsAt: Date;
}

const DAY_MS = 86_400_000;
/** Shifts are planned in Beijing time (UTC+8, no daylight saving). */

const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Whether the pattern covers every day with its groups and names real shifts; the problems, in Chinese. */
export function patternProblems(p: PatternShape): string[] {
  const problems: string[] = [];
  const codes = new Set(p.shifts.map((s) => s.code));
  if (!p.cycle.length) problems.push('轮转周期不能为空');
  if (p.groupCount < 1) problems.push('至少需要 1 个班组');
  else if (p.cycle.length % p.groupCount !== 0) problems.push('轮转周期天数须是班组数的整数倍');
  for (const c of p.cycle) if (c !== 'off' && !codes.has(c)) problems.push(`轮转周期中的班次 ${c} 未定义`);
  for (const s of p.shifts) {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(s.start)) problems.push(`班次 ${s.name} 的开始时间应为 HH:MM`);
    if (!(s.hours > 0 && s.hours <= 24)) problems.push(`班次 ${s.name} 的时长应在 0 到 24 小时之间`);
  }
  return problems;
}

/**
 * The roster for days `from`..`to` (inclusive, 'YYYY-MM-DD'): group k follows the cycle
 * offset by k × (cycle length / groups) days, counted from `anchor`, so regenerating any period
 * continues the same rotation across month and year boundaries.
 */
export function generateRoster(p: PatternShape, from: string, to: string, anchor: string): PlannedShift[] {
  const byCode = new Map(p.shifts.map((s) => [s.code, s]));
  const step = p.cycle.length / p.groupCount;
  const out: PlannedShift[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n++) {
    const day = dayOf(n);
    for (let g = 0; g < p.groupCount; g++) {
      const index = (((n - dayNumber(anchor) - g * step) % p.cycle.length) + p.cycle.length) % p.cycle.length;
      const shift = byCode.get(p.cycle[index]);
      if (!shift) continue; // a rest day
      const startsAt = beijingMoment(day, shift.start);
      out.push({ groupIndex: g, day, shiftCode: shift.code, shiftName: shift.name, startsAt, endsAt: new Date(+startsAt + shift.hours * 3_600_000) });
    }
  }
  return out;
}

/** The built-in patterns from the texts: 四班三运转 (东城) and 三班两运转 (前门: 正、副、休). */
export const STANDARD_PATTERNS: Array<PatternShape & { code: string; name: string; description: string }> = [
  {
    code: 'four_groups_three_shifts',
    name: '四班三运转',
    description: '四个班组轮流值早、中、夜三个 8 小时班：每组早班两天、中班两天、夜班两天、休息两天',
    shifts: [
      { code: 'early', name: '早班', start: '08:00', hours: 8 },
      { code: 'middle', name: '中班', start: '16:00', hours: 8 },
      { code: 'night', name: '夜班', start: '00:00', hours: 8 },
    ],
    cycle: ['early', 'early', 'middle', 'middle', 'night', 'night', 'off', 'off'],
    groupCount: 4,
  },
  {
    code: 'three_groups_two_shifts',
    name: '三班两运转',
    description: '三个班组轮流值正班、副班，第三天休息：正班 08:00 起 24 小时处置警情，副班 08:00 至 20:00 巡控',
    shifts: [
      { code: 'main', name: '正班', start: '08:00', hours: 24 },
      { code: 'deputy', name: '副班', start: '08:00', hours: 12 },
    ],
    cycle: ['main', 'deputy', 'off'],
    groupCount: 3,
  },
];

/**
 * The community officers' own days (社区工作日): one group (a 警组 of neighbouring communities) in
 * the community on weekdays, 08:30 for nine hours; the days are counted from the rotation anchor,
 * a Thursday, so the cycle reads Thursday to Wednesday. Community work, not the station's watch.
 */
export const COMMUNITY_DAY: PatternShape & { code: string; name: string; description: string } = {
  code: 'community_day',
  name: '社区工作日',
  description: '社区民警（警组）工作日在社区：周一至周五 08:30 起 9 小时，周末休息；属社区警务，不是所内值班',
  shifts: [{ code: 'community', name: '社区工作', start: '08:30', hours: 9 }],
  cycle: ['community', 'community', 'off', 'off', 'community', 'community', 'community'],
  groupCount: 1,
};

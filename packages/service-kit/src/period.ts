import { beijingMidnight } from '@cp/calendar';
import { DomainError } from './errors';

/** The longest period a fact or report may cover (a year and a bit). */
export const MAX_PERIOD_DAYS = 400;

/**
 * A half-open period [from, to) from two ISO 8601 strings, as the facts other domains read are
 * asked for; anything else is refused with `PERIOD_INVALID`.
 */
export function parsePeriod(from: string, to: string, maxDays = MAX_PERIOD_DAYS): [Date, Date] {
  const [f, t] = [new Date(from), new Date(to)];
  if (Number.isNaN(+f) || Number.isNaN(+t) || f >= t || +t - +f > maxDays * 86_400_000) {
    throw new DomainError('PERIOD_INVALID', `期间无效：from 须早于 to，且不超过 ${maxDays} 天（ISO 8601）`);
  }
  return [f, t];
}

// 考核期: the assessment's periods by code, for every domain that reports by them (performance's
// scorecards, tasks' push counts in the reverse evaluation).

export type PeriodKind = 'week' | 'month' | 'quarter' | 'year';

/** A reporting period (周、月、季、年) in Beijing time: [from, to). */
export interface Period {
  code: string;
  kind: PeriodKind;
  from: Date;
  to: Date;
}

const day = beijingMidnight;

/** The Monday of ISO week 1: the week holding 4 January. */
function isoWeekOne(year: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7));
  return day(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate());
}

/**
 * `2026` (年评比), `2026-Q1` (季排名), `2026-03` (月通报), `2026-W10` (周小结, ISO week);
 * anything else is refused with `PERIOD_CODE_INVALID`.
 */
export function parsePeriodCode(code: string): Period {
  const c = code.trim().toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(c))) return { code: c, kind: 'year', from: day(+m[1]!, 1, 1), to: day(+m[1]! + 1, 1, 1) };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(c))) {
    const [y, q] = [+m[1]!, +m[2]!];
    return { code: c, kind: 'quarter', from: day(y, q * 3 - 2, 1), to: q === 4 ? day(y + 1, 1, 1) : day(y, q * 3 + 1, 1) };
  }
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(c))) {
    const [y, mo] = [+m[1]!, +m[2]!];
    return { code: c, kind: 'month', from: day(y, mo, 1), to: mo === 12 ? day(y + 1, 1, 1) : day(y, mo + 1, 1) };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(c))) {
    const [y, w] = [+m[1]!, +m[2]!];
    const from = new Date(+isoWeekOne(y) + (w - 1) * 7 * 86_400_000);
    if (w >= 1 && from < isoWeekOne(y + 1)) return { code: c, kind: 'week', from, to: new Date(+from + 7 * 86_400_000) };
  }
  throw new DomainError('PERIOD_CODE_INVALID', '考核期应写作 2026（年）、2026-Q1（季）、2026-03（月）或 2026-W10（周）');
}

/** The period of the same kind just before (for trends and for bottom ranks held twice running). */
export function previousPeriod(p: Period): Period {
  const [year, rest] = [+p.code.slice(0, 4), p.code.slice(5)];
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (p.kind) {
    case 'year':
      return parsePeriodCode(String(year - 1));
    case 'quarter': {
      const q = +rest.slice(1);
      return parsePeriodCode(q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`);
    }
    case 'month': {
      const m = +rest;
      return parsePeriodCode(m === 1 ? `${year - 1}-12` : `${year}-${pad(m - 1)}`);
    }
    case 'week': {
      const w = +rest.slice(1);
      const weeksLastYear = Math.round((+isoWeekOne(year) - +isoWeekOne(year - 1)) / (7 * 86_400_000));
      return parsePeriodCode(w === 1 ? `${year - 1}-W${pad(weeksLastYear)}` : `${year}-W${pad(w - 1)}`);
    }
  }
}

/** The ISO week (周) holding a moment, in Beijing time: `2026-W49`. */
export function weekOf(at: Date): Period {
  const beijing = new Date(+at + 8 * 3_600_000);
  for (const year of [beijing.getUTCFullYear() + 1, beijing.getUTCFullYear(), beijing.getUTCFullYear() - 1]) {
    const one = isoWeekOne(year);
    if (at >= one) return parsePeriodCode(`${year}-W${String(Math.floor((+at - +one) / (7 * 86_400_000)) + 1).padStart(2, '0')}`);
  }
  throw new Error('unreachable: a moment falls in some ISO week');
}

/**
 * A period still running is measured up to the last mark of `FACTS_MARK_MINUTES` (10:20, 10:30…),
 * not up to the millisecond: the whole district's figures for it are then computed once per mark
 * and kept (population keeps them, ahead of the readers), and what a ranking or trend of a
 * running period shows is at most this many minutes old. A closed period is measured to its end.
 */
export const FACTS_MARK_MINUTES = 10;

export function measuredUntil(period: { from: Date; to: Date }, now = new Date()): Date {
  if (period.to <= now) return period.to;
  const mark = +factsMark(now);
  // a period begun since the last mark: measured to the next one (nothing after now exists yet)
  return new Date(mark > +period.from ? mark : mark + FACTS_MARK_MINUTES * 60_000);
}

/** The last ten-minute mark at or before `now`: what is measured "now" is measured to it. */
export function factsMark(now = new Date()): Date {
  return new Date(Math.floor(+now / (FACTS_MARK_MINUTES * 60_000)) * FACTS_MARK_MINUTES * 60_000);
}

/** The week, month, quarter and year (Beijing time) running at `now`. */
export function runningPeriods(now = new Date()): Period[] {
  const beijing = new Date(+now + 8 * 3_600_000);
  const [y, m] = [beijing.getUTCFullYear(), beijing.getUTCMonth() + 1];
  return [weekOf(now), parsePeriodCode(`${y}-${String(m).padStart(2, '0')}`), parsePeriodCode(`${y}-Q${Math.ceil(m / 3)}`), parsePeriodCode(String(y))];
}

/** As many periods of each kind as a trend shows (the running one and seven before it). */
export const KEPT_PERIODS_PER_KIND = 8;

/** The periods whose facts are kept ahead of the readers: of each kind, the running one and those a trend reaches back to. */
export function keptPeriods(now = new Date()): Period[] {
  return runningPeriods(now).flatMap((running) => {
    const list = [running];
    while (list.length < KEPT_PERIODS_PER_KIND) list.push(previousPeriod(list.at(-1)!));
    return list;
  });
}

/** The windows those periods are kept for: each from its start to where it is measured now (a quarter and a year that begin together share one). */
export function keptWindows(now = new Date()): Array<{ since: Date; until: Date }> {
  const windows = keptPeriods(now).map((p) => ({ since: p.from, until: measuredUntil(p, now) }));
  return [...new Map(windows.map((w) => [`${+w.since}/${+w.until}`, w])).values()];
}

import dayjs, { type Dayjs } from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';

dayjs.extend(isoWeek);

export type PeriodKind = 'week' | 'month' | 'quarter' | 'year';

/** 周小结、月通报、季排名、年评比: the four rhythms of the work's review. */
export const PERIOD_KINDS: Array<{ value: PeriodKind; label: string }> = [
  { value: 'week', label: '周小结' },
  { value: 'month', label: '月通报' },
  { value: 'quarter', label: '季排名' },
  { value: 'year', label: '年评比' },
];

const STEP = { week: 'week', month: 'month', quarter: 'month', year: 'year' } as const;
const SIZE = { week: 1, month: 1, quarter: 3, year: 1 } as const;

/** A period's code as the performance subgraph reads it, and how it is said in Chinese. */
function periodOf(kind: PeriodKind, d: Dayjs): { value: string; label: string } {
  switch (kind) {
    case 'week': {
      const monday = d.isoWeekday(1);
      return {
        value: `${d.isoWeekYear()}-W${String(d.isoWeek()).padStart(2, '0')}`,
        label: `${d.isoWeekYear()} 年第 ${d.isoWeek()} 周（${monday.format('M.D')}–${monday.add(6, 'day').format('M.D')}）`,
      };
    }
    case 'month':
      return { value: d.format('YYYY-MM'), label: `${d.year()} 年 ${d.month() + 1} 月` };
    case 'quarter': {
      const q = Math.floor(d.month() / 3) + 1;
      return { value: `${d.year()}-Q${q}`, label: `${d.year()} 年第 ${q} 季度` };
    }
    case 'year':
      return { value: String(d.year()), label: `${d.year()} 年度` };
  }
}

/**
 * The periods of a kind to pick from, most recent first: the ended ones (what is ranked and
 * published), and with `current` the one still running (what is still being rated).
 */
export function recentPeriods(kind: PeriodKind = 'quarter', { current = false, count = 8 } = {}, now = dayjs()): Array<{ value: string; label: string }> {
  const first = current ? 0 : 1;
  return Array.from({ length: count }, (_, i) => periodOf(kind, now.subtract((i + first) * SIZE[kind], STEP[kind])));
}

/** The first and the day after the last (Beijing) date of a period code, as `YYYY-MM-DD`. */
function periodDays(code: string): [string, string] | null {
  const ymd = (d: Dayjs) => d.format('YYYY-MM-DD');
  let m: RegExpMatchArray | null;
  if ((m = code.match(/^(\d{4})-W(\d{2})$/))) {
    const jan4 = dayjs(`${m[1]}-01-04`);
    const monday = jan4.subtract(jan4.isoWeekday() - 1, 'day').add(+m[2]! - 1, 'week');
    return [ymd(monday), ymd(monday.add(1, 'week'))];
  }
  if ((m = code.match(/^(\d{4})-Q([1-4])$/))) {
    const start = dayjs(`${m[1]}-${String((+m[2]! - 1) * 3 + 1).padStart(2, '0')}-01`);
    return [ymd(start), ymd(start.add(3, 'month'))];
  }
  if ((m = code.match(/^(\d{4})-(\d{2})$/))) return [ymd(dayjs(`${code}-01`)), ymd(dayjs(`${code}-01`).add(1, 'month'))];
  if ((m = code.match(/^(\d{4})$/))) return [`${code}-01-01`, `${+code + 1}-01-01`];
  return null;
}

/** A period's [from, to) instants in Beijing time, as the subgraphs read them (ISO 8601). */
export function periodBounds(code: string): { from: string; to: string } | null {
  const days = periodDays(code);
  return days && { from: `${days[0]}T00:00:00+08:00`, to: `${days[1]}T00:00:00+08:00` };
}

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

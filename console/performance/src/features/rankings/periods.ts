import dayjs from 'dayjs';

/** The quarters, months and years an admin picks from: the most recent ended ones first. */
export function recentPeriods(now = dayjs()): Array<{ value: string; label: string }> {
  const quarters = Array.from({ length: 8 }, (_, i) => {
    const d = now.subtract(3 * (i + 1), 'month');
    const q = Math.floor(d.month() / 3) + 1;
    return { value: `${d.year()}-Q${q}`, label: `${d.year()} 年第 ${q} 季度` };
  });
  const months = Array.from({ length: 6 }, (_, i) => {
    const d = now.subtract(i + 1, 'month');
    return { value: d.format('YYYY-MM'), label: `${d.year()} 年 ${d.month() + 1} 月` };
  });
  const years = [1, 2].map((n) => ({ value: String(now.year() - n), label: `${now.year() - n} 年度` }));
  return [...new Map([...quarters, ...months, ...years].map((p) => [p.value, p])).values()];
}

/**
 * The platform's one calendar: Beijing time (UTC+8, no daylight saving). Dates in records
 * (`YYYY-MM-DD`), due days, reporting periods and "today" are Beijing days wherever they are
 * computed — in TypeScript with these functions, in SQL with `beijingSql`.
 */
export const BEIJING_TIME_ZONE = 'Asia/Shanghai';
export const BEIJING_OFFSET = '+08:00';

const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;

/** The Beijing day containing `at`: its date and its [start, end) instants. */
export function beijingDay(at: Date): { date: string; start: Date; end: Date } {
  const start = new Date(Math.floor((+at + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS);
  return { date: new Date(+start + OFFSET_MS).toISOString().slice(0, 10), start, end: new Date(+start + DAY_MS) };
}

/** Today's date in Beijing, YYYY-MM-DD. */
export const beijingToday = (now: Date = new Date()): string => beijingDay(now).date;

/** The moment a Beijing date (YYYY-MM-DD) and local time (HH:MM) name. */
export const beijingMoment = (date: string, time = '00:00'): Date => new Date(`${date}T${time}:00${BEIJING_OFFSET}`);

/** The first moment of a Beijing date given as numbers (months 1–12; overflowing days roll on, as in `Date.UTC`). */
export function beijingMidnight(year: number, month: number, day: number): Date {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0–99 as 1900–1999
  return new Date(+utc - OFFSET_MS);
}

/** The same rules for SQL text: one spelling of the time zone, built in one place. */
export const beijingSql = {
  /** The Beijing date of a `timestamptz` expression. */
  date: (moment: string) => `(${moment} at time zone '${BEIJING_TIME_ZONE}')::date`,
  /** A `timestamptz` as Beijing wall-clock time (for `to_char`). */
  local: (moment: string) => `(${moment} at time zone '${BEIJING_TIME_ZONE}')`,
  /** The first moment of a Beijing `date` expression. */
  midnight: (date: string) => `(${date}::timestamp at time zone '${BEIJING_TIME_ZONE}')`,
};

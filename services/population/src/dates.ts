import { isISO8601, ValidateBy } from 'class-validator';

const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;

/** The Beijing day containing `at`: its date and its [start, end) instants. */
export function beijingDay(at: Date): { date: string; start: Date; end: Date } {
  const start = new Date(Math.floor((+at + BEIJING) / DAY) * DAY - BEIJING);
  return { date: new Date(+start + BEIJING).toISOString().slice(0, 10), start, end: new Date(+start + DAY) };
}

/** Today's date in Beijing, YYYY-MM-DD: dates of entries may not lie after it. */
export const beijingToday = (): string => beijingDay(new Date()).date;

/** A calendar date `YYYY-MM-DD` that exists (no 2月30日); refused with `code` otherwise. */
export const IsDay = (code: string, message: string): PropertyDecorator =>
  ValidateBy(
    { name: 'isDay', validator: { validate: (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && isISO8601(v, { strict: true }) } },
    { message, context: { code } },
  );

import { isISO8601, ValidateBy } from 'class-validator';

/** A calendar date `YYYY-MM-DD` that exists (no 2月30日); refused with `code` otherwise. */
export const IsDay = (code: string, message: string): PropertyDecorator =>
  ValidateBy(
    { name: 'isDay', validator: { validate: (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && isISO8601(v, { strict: true }) } },
    { message, context: { code } },
  );

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

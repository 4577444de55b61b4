import { userError, type UserError } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PostHistoryEntity } from '../officer/post-history.entity';
import { PostRole } from '../post/post.entity';

/** 本岗位工作年限原则上应不少于5年: a community officer is meant to stay at least this long. */
export const MIN_TENURE_YEARS = 5;
/** Whole calendar months in post, as tenths of a year (a post taken on 3 June is two years old on 3 June two years on; Beijing dates). */
export function yearsSince(since: Date, now: Date): number {
  const [a, b] = [since, now].map((d) => new Date(+d + 8 * 3_600_000)); // Beijing calendar
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() - (b.getUTCDate() < a.getUTCDate() ? 1 : 0);
  return Math.floor((Math.max(0, months) / 12) * 10) / 10;
}

/** How long the officer has held their A post (the longest held, if more than one); null without one. */
export async function tenureOf(em: EntityManager, officerId: string, now: Date): Promise<{ communityId: string; since: Date; years: number } | null> {
  const [held] = await em.find(PostHistoryEntity, { officer: officerId, role: PostRole.A, endedAt: null }, { orderBy: { startedAt: 'asc' }, limit: 1 });
  return held ? { communityId: held.communityId, since: held.startedAt, years: yearsSince(held.startedAt, now) } : null;
}

/** A transfer before five years in post is possible, but only with its reason written down (and shown in the staffing report). */
export function earlyTransferRefusal(name: string, tenure: { years: number } | null, earlyReason: string | null | undefined): UserError | null {
  if (!tenure || tenure.years >= MIN_TENURE_YEARS || (earlyReason?.trim().length ?? 0) >= 4) return null;
  return userError(
    'TRANSFER_EARLY_REASON_REQUIRED',
    `${name}在本岗位 ${tenure.years} 年，未满 ${MIN_TENURE_YEARS} 年（本岗位工作年限原则上不少于 5 年），提前调整须写明理由`,
    'earlyReason',
  );
}

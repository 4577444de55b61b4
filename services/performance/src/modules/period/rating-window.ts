import { refuse, type EntityManager, type Period } from '@cp/service-kit';
import { ScorecardEntity } from '../scorecard/scorecard.entity';

/**
 * People's ratings of a period (逆考评, 短线) are given once it has begun and may be revised until
 * the period is published; then they are part of the record and stay as they were.
 */
export async function refuseClosedWindow(em: EntityManager, period: Period, now = new Date()): Promise<void> {
  if (period.from > now) refuse('PERIOD_NOT_STARTED', '考核期尚未开始，不能评分', 'period');
  await refusePublished(em, [period.code], 'period');
}

/** Refuses a write into any of these periods once one is published: its figures are then the record. */
export async function refusePublished(em: EntityManager, periodCodes: string[], field: string): Promise<void> {
  if (await em.count(ScorecardEntity, { periodCode: { $in: periodCodes } }))
    refuse('PERIOD_ALREADY_PUBLISHED', '该考核期已发布，其数据随之封存，不能再录入或更改', field);
}

import { groupLoader, perRequest } from '@cp/service-kit';
import type DataLoader from 'dataloader';
import { ManualValueEntity } from './manual-value.entity';

/**
 * Manual values of many communities, newest period first, one statement per period asked
 * (`null`: every period). Few rows per community: one per manual indicator in use and period.
 */
export const manualValuesByCommunity = perRequest(({ em }) => {
  const byPeriod = new Map<string, DataLoader<string, ManualValueEntity[]>>();
  return (periodCode: string | null) => {
    const key = periodCode ?? '*';
    let loader = byPeriod.get(key);
    if (!loader) {
      loader = groupLoader(
        (ids) =>
          em.find(
            ManualValueEntity,
            { communityId: { $in: ids }, ...(periodCode ? { periodCode } : {}) },
            { populate: ['indicator'], orderBy: { periodCode: 'desc' } },
          ),
        (v) => v.communityId,
      );
      byPeriod.set(key, loader);
    }
    return loader;
  };
});

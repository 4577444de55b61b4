import DataLoader from 'dataloader';
import { groupLoader, isUuid, perRequest } from '@cp/service-kit';
import { ResidentMergeEntity } from './merge.entity';

/** The record a merged duplicate's id now leads to (null for ids never merged). */
export const keptFor = perRequest(
  ({ em }) =>
    new DataLoader<string, string | null>(async (ids) => {
      const wellFormed = ids.filter(isUuid);
      const rows = wellFormed.length ? await em.find(ResidentMergeEntity, { mergedId: { $in: wellFormed } }) : [];
      const kept = new Map(rows.map((m) => [m.mergedId, m.kept.id]));
      return ids.map((id) => kept.get(id) ?? null);
    }),
);

/** The records merged into each of many kept records, newest first, in one statement. */
export const mergedInto = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(ResidentMergeEntity, { kept: { $in: ids } }, { orderBy: { mergedAt: 'desc' } }),
    (m) => m.kept.id,
  ),
);

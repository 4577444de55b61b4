import DataLoader from 'dataloader';
import { perRequest } from '@cp/service-kit';
import { DATA_QUALITY, type DataQualityRow } from './quality.sql';
import type { DataQuality } from './quality.type';

/** Data quality of many communities, in one statement. */
export const dataQuality = perRequest(
  ({ em }) =>
    new DataLoader<string, DataQuality>(async (ids) => {
      const rows = await em.getConnection().execute<DataQualityRow[]>(DATA_QUALITY, [`{${ids.join(',')}}`]);
      const byId = new Map(rows.map((r) => [r.community_id, r]));
      return ids.map((id) => {
        const r = byId.get(id)!;
        return {
          records: r.records,
          complete: r.complete,
          completeness: r.records ? r.complete / r.records : null,
          missingPhone: r.missing_phone,
          missingAddress: r.missing_address,
          floatingWithoutOrigin: r.floating_without_origin,
          staleRecords: r.stale,
          duplicateGroups: r.duplicate_groups,
          duplicateRecords: r.duplicate_records,
        };
      });
    }),
);

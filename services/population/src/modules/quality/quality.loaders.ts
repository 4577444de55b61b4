import DataLoader from 'dataloader';
import { factsMark, perRequest } from '@cp/service-kit';
import { keptFacts } from '../indicators/indicators.service';
import { DATA_QUALITY, type DataQualityRow } from './quality.sql';
import type { DataQuality } from './quality.type';

/** Data quality of many communities, kept or computed in one statement (a district's page reads what is kept). */
export const dataQuality = perRequest(
  ({ em, primary }) =>
    new DataLoader<string, DataQuality>(async (ids) => {
      const mark = factsMark();
      const { facts: byId } = await keptFacts<DataQualityRow>(em, DATA_QUALITY, ids, mark, mark, Infinity, primary);
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

import DataLoader from 'dataloader';
import { byIdLoader, perRequest } from '@cp/service-kit';
import { HousingEntity } from './housing.entity';

export const housingById = perRequest(({ em }) => byIdLoader(em, HousingEntity));

/** The dwelling at each address (at most one), in one statement. */
export const housingByAddress = perRequest(
  ({ em }) =>
    new DataLoader<string, HousingEntity | null>(async (ids) => {
      const rows = await em.find(HousingEntity, { address: { $in: [...ids] } });
      const byAddress = new Map(rows.map((h) => [h.address.id, h]));
      return ids.map((id) => byAddress.get(id) ?? null);
    }),
);

import { referenceVia } from '@cp/service-kit';
import type { PopulationContext as C } from './context';
import { toAddress } from './modules/address/address.mapper';
import { toCommunity, toGrid, toStation } from './modules/jurisdiction/jurisdiction.mapper';

/** `__resolveReference` for every entity this subgraph owns, each through a loader. */
export const references = {
  Station: referenceVia((c: C) => c.loaders.stationById, toStation),
  Community: referenceVia((c: C) => c.loaders.communityById, toCommunity),
  Grid: referenceVia((c: C) => c.loaders.gridById, toGrid),
  StandardAddress: referenceVia((c: C) => c.loaders.addressById, toAddress),
  Housing: { __resolveReference: (ref: { id: string }, ctx: C) => ctx.housing.reference(ref.id) },
  Resident: { __resolveReference: (ref: { id: string }, ctx: C) => ctx.residents.reference(ref.id) },
};

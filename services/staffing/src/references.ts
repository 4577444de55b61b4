import { referenceVia } from '@cp/service-kit';
import type { StaffingContext as C } from './context';
import { toOfficer } from './modules/officer/officer.mapper';

type Ref = { id: string };

export const references = {
  Officer: referenceVia((c: C) => c.loaders.officerById, toOfficer),
  Community: { __resolveReference: (ref: Ref) => ({ id: ref.id }) },
  Station: { __resolveReference: (ref: Ref) => ({ id: ref.id }) },
};

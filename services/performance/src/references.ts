import { referenceVia } from '@cp/service-kit';
import type { PerformanceContext as C } from './context';
import { toIndicator } from './modules/indicator/indicator.mapper';

export const references = {
  Indicator: referenceVia((c: C) => c.loaders.indicatorById, toIndicator),
  // population's places need only their key here
  Community: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  Station: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  Officer: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};

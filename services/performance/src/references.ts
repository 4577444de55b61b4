import { referenceVia } from '@cp/service-kit';
import type { PerformanceContext as C } from './context';
import { toIndicator } from './modules/indicator/indicator.mapper';

export const references = {
  Indicator: referenceVia((c: C) => c.loaders.indicatorById, toIndicator),
};

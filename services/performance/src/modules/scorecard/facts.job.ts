import type { SubgraphJob } from '@cp/service-kit';
import { refreshDistrictFacts } from '../scoring/facts';

/** Keeps the district's facts of the ranked periods fresh ahead of the readers (see `refreshDistrictFacts`). */
export const keepDistrictFactsJob: SubgraphJob = {
  name: 'performance:keep-facts',
  everyMs: 60_000,
  run: (em, now, { gateway, log }) => refreshDistrictFacts(gateway, em, now, log),
};

import { periodLoader, perRequest } from '@cp/service-kit';
import { IndicatorService } from './indicators.service';

/** The population facts of every community asked about for one period, in one statement. */
export const populationFacts = perRequest((ctx) => periodLoader((ids, from, to) => ctx.use(IndicatorService).factsOf(ids, from, to)));

/** The same facts per grid (where things lie by their standard address). */
export const gridFacts = perRequest((ctx) => periodLoader((ids, from, to) => ctx.use(IndicatorService).factsOf(ids, from, to, 'grid')));

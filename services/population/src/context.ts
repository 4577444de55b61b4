import type { BaseContext, RequestContext } from '@cp/service-kit';
import { createLoaders } from './loaders';
import { FocusService } from './modules/focus/focus.service';
import { HousingService } from './modules/housing/housing.service';
import { ImportService } from './modules/import/import.service';
import { MergeService } from './modules/merge/merge.service';
import { HouseholdService } from './modules/household/household.service';
import { IndicatorService } from './modules/indicators/indicators.service';
import { ResidentService } from './modules/resident/resident.service';
import { UnitService } from './modules/unit/unit.service';
import { VisitService } from './modules/visit/visit.service';
import { WorklistService } from './modules/worklist/worklist.service';

/** The per-request scope: fresh loaders and the services that use them. */
export function createScope(base: BaseContext) {
  const loaders = createLoaders(base);
  const residents = new ResidentService({ ...base, loaders });
  return {
    loaders,
    residents,
    merges: new MergeService(base, residents),
    households: new HouseholdService({ ...base, loaders }),
    housing: new HousingService({ ...base, loaders }),
    imports: new ImportService(base),
    focus: new FocusService(base),
    units: new UnitService(base),
    visits: new VisitService(base),
    worklist: new WorklistService(base),
    indicators: new IndicatorService(base.em),
  };
}

export type PopulationContext = RequestContext<ReturnType<typeof createScope>>;

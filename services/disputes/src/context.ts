import { requireJurisdiction, type BaseContext, type RequestContext } from '@cp/service-kit';
import { createLoaders } from './loaders';
import { DisputeService } from './modules/dispute/dispute.service';
import { GridReportService } from './modules/grid-report/grid-report.service';
import { DisputeWriter } from './modules/lifecycle/dispute-writer';
import { RiskMapService } from './modules/risk/risk-map.service';
import { WarningService } from './modules/warning/warning.service';

export function createScope(base: BaseContext) {
  const loaders = createLoaders(base, () => requireJurisdiction(base.claims));
  return {
    loaders,
    disputes: new DisputeService({ ...base, loaders }),
    writer: new DisputeWriter(base),
    warnings: new WarningService(base),
    riskMap: new RiskMapService(base),
    gridReports: new GridReportService(base),
  };
}

export type DisputesContext = RequestContext<ReturnType<typeof createScope>>;

import { requireJurisdiction, type BaseContext, type RequestContext } from '@cp/service-kit';
import { createLoaders } from './loaders';
import { DisputeService } from './modules/dispute/dispute.service';

export function createScope(base: BaseContext) {
  const loaders = createLoaders(base, () => requireJurisdiction(base.claims));
  return { loaders, disputes: new DisputeService({ ...base, loaders }) };
}

export type DisputesContext = RequestContext<ReturnType<typeof createScope>>;

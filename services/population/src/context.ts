import type { BaseContext, RequestContext } from '@cp/service-kit';
import { createLoaders } from './loaders';
import { ResidentService } from './modules/resident/resident.service';

/** The per-request scope: fresh loaders and the services that use them. */
export function createScope(base: BaseContext) {
  const loaders = createLoaders(base);
  return { loaders, residents: new ResidentService({ ...base, loaders }) };
}

export type PopulationContext = RequestContext<ReturnType<typeof createScope>>;

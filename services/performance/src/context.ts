import { byIdLoader, type BaseContext, type RequestContext } from '@cp/service-kit';
import { IndicatorEntity } from './modules/indicator/indicator.entity';

export function createScope({ em }: BaseContext) {
  return { loaders: { indicatorById: byIdLoader(em, IndicatorEntity) } };
}

export type PerformanceContext = RequestContext<ReturnType<typeof createScope>>;

import type { SubgraphDefinition } from '@cp/service-kit';
import { createScope } from './context';
import { migrations } from './migrations';
import { IndicatorEntity } from './modules/indicator/indicator.entity';
import { IndicatorResolver } from './modules/indicator/indicator.resolver';
import { references } from './references';
import { seedIndicatorCatalogue } from './seed';

export const performanceSubgraph: SubgraphDefinition = {
  name: 'performance',
  entities: [IndicatorEntity],
  resolvers: [IndicatorResolver],
  references,
  migrations,
  createScope: createScope as SubgraphDefinition['createScope'],
  seed: seedIndicatorCatalogue,
};

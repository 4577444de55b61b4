import { defineModule, referenceVia } from '@cp/service-kit';
import { IndicatorEntity } from './indicator.entity';
import { indicatorById } from './indicator.loaders';
import { toIndicator } from './indicator.mapper';
import { IndicatorResolver } from './indicator.resolver';
import { seedIndicatorCatalogue } from './indicator.seed';
import { IndicatorOverrideEntity } from './override.entity';

/** The indicator catalogue (考核指标) and the stations' and communities' adjustments of it. */
export const indicatorModule = defineModule({
  name: 'indicator',
  entities: [IndicatorEntity, IndicatorOverrideEntity],
  resolvers: [IndicatorResolver],
  references: { Indicator: referenceVia(indicatorById, toIndicator) },
  seed: seedIndicatorCatalogue,
});

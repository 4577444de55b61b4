import { defineModule } from '@cp/service-kit';
import { RatioResolver } from './ratio.resolver';

/** Community officers against the stations' strength (警力配比). */
export const ratioModule = defineModule({
  name: 'ratio',
  resolvers: [RatioResolver],
});

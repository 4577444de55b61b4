import { defineModule } from '@cp/service-kit';
import { RiskMapResolver } from './risk.resolver';

/** The district's dispute risk by community (风险地图). */
export const riskModule = defineModule({
  name: 'risk',
  resolvers: [RiskMapResolver],
});

import { composeSubgraph } from '@cp/service-kit';
import { migrations } from './migrations';
import { dualTrackModule } from './modules/dual-track';
import { federationModule } from './modules/federation';
import { indicatorModule } from './modules/indicator';
import { manualModule } from './modules/manual';
import { reverseModule } from './modules/reverse';
import { scorecardModule } from './modules/scorecard';
import { surveyModule } from './modules/survey';
import { warningModule } from './modules/warning';

export const performanceSubgraph = composeSubgraph({
  name: 'performance',
  modules: [indicatorModule, scorecardModule, surveyModule, warningModule, reverseModule, dualTrackModule, manualModule, federationModule],
  migrations,
});

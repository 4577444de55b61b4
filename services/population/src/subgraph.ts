import { composeSubgraph } from '@cp/service-kit';
import { migrations } from './migrations';
import { addressModule } from './modules/address';
import { auditModule } from './modules/audit';
import { focusModule } from './modules/focus';
import { householdModule } from './modules/household';
import { housingModule } from './modules/housing';
import { importModule } from './modules/import';
import { indicatorsModule } from './modules/indicators';
import { jurisdictionModule } from './modules/jurisdiction';
import { locatedModule } from './modules/located';
import { mergeModule } from './modules/merge';
import { qualityModule } from './modules/quality';
import { residentModule } from './modules/resident';
import { unitModule } from './modules/unit';
import { visitModule } from './modules/visit';
import { worklistModule } from './modules/worklist';
import { seedDemoPopulation } from './seed';

export const populationSubgraph = composeSubgraph({
  name: 'population',
  modules: [
    jurisdictionModule,
    residentModule,
    auditModule,
    focusModule,
    unitModule,
    visitModule,
    locatedModule,
    worklistModule,
    indicatorsModule,
    qualityModule,
    housingModule,
    addressModule,
    importModule,
    mergeModule,
    householdModule,
  ],
  migrations,
  seed: seedDemoPopulation,
});

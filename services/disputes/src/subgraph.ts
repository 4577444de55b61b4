import { composeSubgraph } from '@cp/service-kit';
import { migrations } from './migrations';
import { disputeModule } from './modules/dispute';
import { factsModule } from './modules/facts';
import { federationModule } from './modules/federation';
import { gridReportModule } from './modules/grid-report';
import { ledgerModule } from './modules/ledger';
import { lifecycleModule } from './modules/lifecycle';
import { repeatModule } from './modules/repeat';
import { riskModule } from './modules/risk';
import { rulesModule } from './modules/rules';
import { transferModule } from './modules/transfer';
import { warningModule } from './modules/warning';
import { seedDemoDisputes } from './seed';

export const disputesSubgraph = composeSubgraph({
  name: 'disputes',
  modules: [
    disputeModule,
    factsModule,
    lifecycleModule,
    ledgerModule,
    transferModule,
    repeatModule,
    warningModule,
    riskModule,
    gridReportModule,
    rulesModule,
    federationModule,
  ],
  migrations,
  seed: seedDemoDisputes,
});

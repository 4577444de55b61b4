import { DEV_SECRETS } from '@cp/auth';
import { composeSubgraph, type SubgraphDefinition } from '@cp/service-kit';
import { migrations } from './migrations';
import { accountModule } from './modules/account';
import type { TokenSettings } from './modules/account/account.service';
import { approvalModule } from './modules/approval';
import { federationModule } from './modules/federation';
import { groupModule } from './modules/group';
import { officerModule } from './modules/officer';
import { partnerModule } from './modules/partner';
import { postModule } from './modules/post';
import { presenceModule } from './modules/presence';
import { rulesModule } from './modules/rules';
import { ratioModule } from './modules/ratio';
import { rosterModule } from './modules/roster';
import { sessionModule } from './modules/session';
import { seedDemoStaffing } from './seed';

/** The staffing subgraph; it also issues login tokens, so it takes the token settings. */
export function createStaffingSubgraph(tokens: TokenSettings = { secret: DEV_SECRETS.userToken, ttlSeconds: 8 * 3600 }): SubgraphDefinition {
  return composeSubgraph({
    name: 'staffing',
    modules: [
      officerModule,
      postModule,
      accountModule(tokens),
      groupModule,
      rosterModule,
      approvalModule,
      presenceModule,
      rulesModule,
      ratioModule,
      partnerModule,
      sessionModule,
      federationModule,
    ],
    migrations,
    seed: seedDemoStaffing,
  });
}

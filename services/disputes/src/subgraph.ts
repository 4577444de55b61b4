import type { SubgraphDefinition } from '@cp/service-kit';
import { createScope } from './context';
import { migrations } from './migrations';
import { DisputeEntity, DisputePartyEntity } from './modules/dispute/dispute.entity';
import { DisputePartyResolver, DisputeResolver, ResidentDisputesResolver } from './modules/dispute/dispute.resolver';
import { CommunityDisputesResolver } from './modules/facts/facts.resolver';
import { Community, Grid, Officer, Resident } from './modules/federation/federation.type';
import { GridEventReportEntity } from './modules/grid-report/grid-report.entity';
import { GridReportResolver } from './modules/grid-report/grid-report.resolver';
import { DisputeEventEntity } from './modules/lifecycle/event.entity';
import { DisputeLifecycleResolver } from './modules/lifecycle/lifecycle.resolver';
import { DisputeRepeatLinkEntity } from './modules/repeat/repeat-link.entity';
import { RiskMapResolver } from './modules/risk/risk.resolver';
import { DisputeRulesEntity } from './modules/rules/rules.entity';
import { DisputeRulesResolver } from './modules/rules/rules.resolver';
import { DisputeTransferEntity } from './modules/transfer/transfer.entity';
import { RiskNoticeEntity } from './modules/warning/risk-notice.entity';
import { overdueSweepJob } from './modules/warning/warning-sweep';
import { DisputeWarningEntity } from './modules/warning/warning.entity';
import { RiskNoticeResolver, WarningResolver } from './modules/warning/warning.resolver';
import { references } from './references';
import { seedDemoDisputes } from './seed';

export const disputesSubgraph: SubgraphDefinition = {
  name: 'disputes',
  entities: [
    DisputeEntity,
    DisputePartyEntity,
    DisputeEventEntity,
    DisputeTransferEntity,
    DisputeRepeatLinkEntity,
    DisputeWarningEntity,
    RiskNoticeEntity,
    GridEventReportEntity,
    DisputeRulesEntity,
  ],
  resolvers: [
    DisputeResolver,
    DisputePartyResolver,
    ResidentDisputesResolver,
    CommunityDisputesResolver,
    DisputeLifecycleResolver,
    WarningResolver,
    RiskNoticeResolver,
    RiskMapResolver,
    GridReportResolver,
    DisputeRulesResolver,
  ],
  orphanedTypes: [Resident, Community, Grid, Officer],
  references,
  migrations,
  createScope: createScope as SubgraphDefinition['createScope'],
  seed: seedDemoDisputes,
  jobs: [overdueSweepJob],
};

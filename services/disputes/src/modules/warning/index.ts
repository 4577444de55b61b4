import { defineModule } from '@cp/service-kit';
import { RiskNoticeEntity } from './risk-notice.entity';
import { overdueSweepJob } from './warning-sweep';
import { DisputeWarningEntity } from './warning.entity';
import { RiskNoticeResolver, WarningResolver } from './warning.resolver';

/** Warnings raised on disputes (overdue, escalating) and the risk notices issued on them. */
export const warningModule = defineModule({
  name: 'warning',
  entities: [DisputeWarningEntity, RiskNoticeEntity],
  resolvers: [WarningResolver, RiskNoticeResolver],
  jobs: [overdueSweepJob],
});

import { defineModule } from '@cp/service-kit';
import { DisputeEventEntity } from './event.entity';
import { gradeByRiskJob } from './grade-by-risk.job';
import { DisputeLifecycleResolver } from './lifecycle.resolver';
import { DisputeOverdueSpanEntity } from './overdue';

/** A dispute's steps from report to closure, each an event in its history. */
export const lifecycleModule = defineModule({
  name: 'lifecycle',
  entities: [DisputeEventEntity, DisputeOverdueSpanEntity],
  resolvers: [DisputeLifecycleResolver],
  jobs: [gradeByRiskJob],
});

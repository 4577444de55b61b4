import { defineModule } from '@cp/service-kit';
import { ApprovalEntity, ApprovalEventEntity, DutyAssignmentEntity } from './approval.entity';
import { ApprovalResolver } from './approval.resolver';

/** Requests that need the station head's approval (e.g. drawing a community officer off to other duty). */
export const approvalModule = defineModule({
  name: 'approval',
  entities: [ApprovalEntity, ApprovalEventEntity, DutyAssignmentEntity],
  resolvers: [ApprovalResolver],
});

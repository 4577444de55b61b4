import { defineModule } from '@cp/service-kit';
import { ApprovalEntity, ApprovalEventEntity, DutyAssignmentEntity, DutyKindEntity } from './approval.entity';
import { ApprovalResolver, OfficerExceptionsResolver } from './approval.resolver';

/** 四不准: the district's duty kinds, the exceptions both station chiefs (and for some kinds the district) sign, and duty given outside the roster. */
export const approvalModule = defineModule({
  name: 'approval',
  entities: [ApprovalEntity, ApprovalEventEntity, DutyAssignmentEntity, DutyKindEntity],
  resolvers: [ApprovalResolver, OfficerExceptionsResolver],
});

import { auditRetentionJob, defineModule, PersonalDataAccessEntity } from '@cp/service-kit';
import { PersonalDataAccessResolver } from './audit.resolver';

/** Who read whose personal data, kept for the retention period. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [PersonalDataAccessEntity],
  resolvers: [PersonalDataAccessResolver],
  jobs: [auditRetentionJob],
});

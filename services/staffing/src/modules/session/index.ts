import { defineModule } from '@cp/service-kit';
import { sessionCleanupJob } from './session-cleanup';
import { IssuedSessionEntity, RevokedSessionEntity } from './session.entity';
import { SessionResolver } from './session.resolver';

/** Issued and revoked login sessions (logout, ended sessions). */
export const sessionModule = defineModule({
  name: 'session',
  entities: [RevokedSessionEntity, IssuedSessionEntity],
  resolvers: [SessionResolver],
  jobs: [sessionCleanupJob],
});

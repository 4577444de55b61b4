import { defineModule } from '@cp/service-kit';
import { PresenceEntity } from './presence.entity';
import { PresenceResolver } from './presence.resolver';

/** Time officers spend in their communities (驻社区时间). */
export const presenceModule = defineModule({
  name: 'presence',
  entities: [PresenceEntity],
  resolvers: [PresenceResolver],
});

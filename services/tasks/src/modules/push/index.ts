import { defineModule } from '@cp/service-kit';
import { PushAttemptEntity } from './push.entity';
import { PushCountResolver } from './push.resolver';

/** Every department push, admitted or refused, counted per department and period. */
export const pushModule = defineModule({
  name: 'push',
  entities: [PushAttemptEntity],
  resolvers: [PushCountResolver],
});

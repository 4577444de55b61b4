import { defineModule } from '@cp/service-kit';
import { PushAttemptEntity } from './push.entity';
import { DepartmentPushesResolver, PushCountResolver } from './push.resolver';
import { Department } from './push.type';

/** Every department push, admitted or refused, counted per department and period; shown on performance's departments. */
export const pushModule = defineModule({
  name: 'push',
  entities: [PushAttemptEntity],
  resolvers: [PushCountResolver, DepartmentPushesResolver],
  orphanedTypes: [Department],
  references: { Department: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) } },
});

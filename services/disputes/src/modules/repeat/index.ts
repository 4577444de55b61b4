import { defineModule } from '@cp/service-kit';
import { DisputeRepeatLinkEntity } from './repeat-link.entity';

/** Links between a dispute and the earlier ones it repeats (重复纠纷). */
export const repeatModule = defineModule({
  name: 'repeat',
  entities: [DisputeRepeatLinkEntity],
});

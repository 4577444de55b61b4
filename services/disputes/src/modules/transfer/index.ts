import { defineModule } from '@cp/service-kit';
import { DisputeTransferEntity } from './transfer.entity';

/** Disputes handed to another body (移交), with their feedback deadline. */
export const transferModule = defineModule({
  name: 'transfer',
  entities: [DisputeTransferEntity],
});

import { defineModule } from '@cp/service-kit';
import { DisputeTransferEntity, ReceivingBodyEntity } from './transfer.entity';
import { ReceivingBodyResolver } from './transfer.resolver';

/** Disputes handed to another body (移交) from the district's directory, with their feedback deadline. */
export const transferModule = defineModule({
  name: 'transfer',
  entities: [ReceivingBodyEntity, DisputeTransferEntity],
  resolvers: [ReceivingBodyResolver],
});

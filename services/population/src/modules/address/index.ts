import { defineModule, referenceVia } from '@cp/service-kit';
import { StandardAddressEntity } from './address.entity';
import { addressById } from './address.loaders';
import { toAddress } from './address.mapper';
import { AddressResolver } from './address.resolver';

/** Standard addresses (标准地址), the 一标 every record hangs on. */
export const addressModule = defineModule({
  name: 'address',
  entities: [StandardAddressEntity],
  resolvers: [AddressResolver],
  references: { StandardAddress: referenceVia(addressById, toAddress) },
});

import { byIdLoader, perRequest } from '@cp/service-kit';
import { StandardAddressEntity } from './address.entity';

export const addressById = perRequest(({ em }) => byIdLoader(em, StandardAddressEntity));

import { groupLoader, perRequest } from '@cp/service-kit';
import { PartnerOperationEntity } from './partner.entity';

export const partnerOperations = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(PartnerOperationEntity, { partnerId: { $in: ids } }, { orderBy: { name: 'asc' } }),
    (o) => o.partnerId,
  ),
);

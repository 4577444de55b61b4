import { defineModule } from '@cp/service-kit';
import { PartnerClientEntity, PartnerOperationEntity } from './partner.entity';
import { PartnerResolver } from './partner.resolver';

/** Partner systems (警网融合): their clients, secrets, scopes and trusted operations. */
export const partnerModule = defineModule({
  name: 'partner',
  entities: [PartnerClientEntity, PartnerOperationEntity],
  resolvers: [PartnerResolver],
});

import { defineModule, type BaseContext } from '@cp/service-kit';
import { DisputeEntity, DisputePartyEntity } from './dispute.entity';
import { DisputePartyResolver, DisputeResolver, ResidentDisputesResolver } from './dispute.resolver';
import { DisputeService } from './dispute.service';

/** Disputes (矛盾纠纷) and their parties, as registered and as the caller may see them. */
export const disputeModule = defineModule({
  name: 'dispute',
  entities: [DisputeEntity, DisputePartyEntity],
  resolvers: [DisputeResolver, DisputePartyResolver, ResidentDisputesResolver],
  references: { Dispute: { __resolveReference: (ref: { id: string }, ctx: BaseContext) => ctx.use(DisputeService).get(ref.id) } },
});

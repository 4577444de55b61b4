import type { SubgraphDefinition } from '@cp/service-kit';
import { createScope } from './context';
import { migrations } from './migrations';
import { DisputeEntity, DisputePartyEntity } from './modules/dispute/dispute.entity';
import { CommunityDisputesResolver, DisputePartyResolver, DisputeResolver, ResidentDisputesResolver } from './modules/dispute/dispute.resolver';
import { Community, Resident } from './modules/federation/federation.type';
import { references } from './references';
import { seedDemoDisputes } from './seed';

export const disputesSubgraph: SubgraphDefinition = {
  name: 'disputes',
  entities: [DisputeEntity, DisputePartyEntity],
  resolvers: [DisputeResolver, DisputePartyResolver, ResidentDisputesResolver, CommunityDisputesResolver],
  orphanedTypes: [Resident, Community],
  references,
  migrations,
  createScope: createScope as SubgraphDefinition['createScope'],
  seed: seedDemoDisputes,
};

import { DEV_SECRETS } from '@cp/auth';
import type { SubgraphDefinition } from '@cp/service-kit';
import { scopeFactory } from './context';
import { migrations } from './migrations';
import { AccountEntity } from './modules/account/account.entity';
import { AccountResolver } from './modules/account/account.resolver';
import type { TokenSettings } from './modules/account/account.service';
import { OfficerEntity } from './modules/officer/officer.entity';
import { CommunityStaffingResolver, OfficerResolver, StationStaffingResolver } from './modules/officer/officer.resolver';
import { Community, Station } from './modules/federation/federation.type';
import { PostEntity } from './modules/post/post.entity';
import { references } from './references';
import { seedDemoStaffing } from './seed';

/** The staffing subgraph; it also issues login tokens, so it takes the token settings. */
export function createStaffingSubgraph(tokens: TokenSettings = { secret: DEV_SECRETS.userToken, ttlSeconds: 8 * 3600 }): SubgraphDefinition {
  return {
    name: 'staffing',
    entities: [OfficerEntity, PostEntity, AccountEntity],
    resolvers: [OfficerResolver, CommunityStaffingResolver, StationStaffingResolver, AccountResolver],
    orphanedTypes: [Community, Station],
    references,
    migrations,
    createScope: scopeFactory(tokens) as SubgraphDefinition['createScope'],
    seed: seedDemoStaffing,
  };
}

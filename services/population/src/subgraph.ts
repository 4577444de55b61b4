import { auditRetentionJob, PersonalDataAccessEntity, type SubgraphDefinition } from '@cp/service-kit';
import { createScope } from './context';
import { migrations } from './migrations';
import { StandardAddressEntity } from './modules/address/address.entity';
import { CommunityEntity, GridEntity, StationEntity } from './modules/jurisdiction/jurisdiction.entity';
import { CommunityResolver, StationResolver } from './modules/jurisdiction/jurisdiction.resolver';
import { ResidentEntity } from './modules/resident/resident.entity';
import { ResidentResolver } from './modules/resident/resident.resolver';
import { PersonalDataAccessResolver } from './modules/audit/audit.resolver';
import { references } from './references';
import { seedDemoPopulation } from './seed';

export const populationSubgraph: SubgraphDefinition = {
  name: 'population',
  entities: [StationEntity, CommunityEntity, GridEntity, StandardAddressEntity, ResidentEntity, PersonalDataAccessEntity],
  resolvers: [StationResolver, CommunityResolver, ResidentResolver, PersonalDataAccessResolver],
  references,
  migrations,
  jobs: [auditRetentionJob],
  createScope: createScope as SubgraphDefinition['createScope'],
  seed: seedDemoPopulation,
};

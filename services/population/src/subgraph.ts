import { auditRetentionJob, PersonalDataAccessEntity, type SubgraphDefinition } from '@cp/service-kit';
import { createScope } from './context';
import { migrations } from './migrations';
import { StandardAddressEntity } from './modules/address/address.entity';
import { AddressResolver } from './modules/address/address.resolver';
import { CommunityEntity, GridEntity, StationEntity } from './modules/jurisdiction/jurisdiction.entity';
import { CommunityResolver, StationResolver } from './modules/jurisdiction/jurisdiction.resolver';
import { ResidentEntity } from './modules/resident/resident.entity';
import { ResidentResolver } from './modules/resident/resident.resolver';
import { PersonalDataAccessResolver } from './modules/audit/audit.resolver';
import { FocusCategoryEntity, FocusPersonEntity } from './modules/focus/focus.entity';
import { HouseholdEntity, HouseholdMemberEntity } from './modules/household/household.entity';
import { HouseholdMemberResolver, HouseholdResolver, ResidentHouseholdResolver } from './modules/household/household.resolver';
import { HousingEntity } from './modules/housing/housing.entity';
import { ImportJobEntity, ImportRowEntity } from './modules/import/import.entity';
import { ImportResolver } from './modules/import/import.resolver';
import { ResidentMergeEntity } from './modules/merge/merge.entity';
import { MergeResolver } from './modules/merge/merge.resolver';
import { HousingResolver, ResidentHousingResolver } from './modules/housing/housing.resolver';
import { FocusResolver } from './modules/focus/focus.resolver';
import { CommunityQualityResolver, DuplicateResolver } from './modules/quality/quality.resolver';
import { CommunityFactsResolver, GridFactsResolver, StationFactsResolver } from './modules/indicators/indicators.resolver';
import { UnitEntity } from './modules/unit/unit.entity';
import { UnitResolver } from './modules/unit/unit.resolver';
import { VisitEntity } from './modules/visit/visit.entity';
import { HousingVisitsResolver, ResidentVisitsResolver, UnitVisitsResolver, VisitResolver } from './modules/visit/visit.resolver';
import { PopulationRulesEntity } from './modules/worklist/rules.entity';
import { WorklistResolver } from './modules/worklist/worklist.resolver';
import { references } from './references';
import { seedDemoPopulation } from './seed';

export const populationSubgraph: SubgraphDefinition = {
  name: 'population',
  entities: [
    StationEntity,
    CommunityEntity,
    GridEntity,
    StandardAddressEntity,
    ResidentEntity,
    PersonalDataAccessEntity,
    FocusCategoryEntity,
    FocusPersonEntity,
    UnitEntity,
    VisitEntity,
    PopulationRulesEntity,
    HousingEntity,
    ImportJobEntity,
    ImportRowEntity,
    ResidentMergeEntity,
    HouseholdEntity,
    HouseholdMemberEntity,
  ],
  resolvers: [
    StationResolver,
    CommunityResolver,
    ResidentResolver,
    PersonalDataAccessResolver,
    FocusResolver,
    UnitResolver,
    VisitResolver,
    ResidentVisitsResolver,
    UnitVisitsResolver,
    HousingVisitsResolver,
    WorklistResolver,
    CommunityFactsResolver,
    StationFactsResolver,
    GridFactsResolver,
    CommunityQualityResolver,
    DuplicateResolver,
    HousingResolver,
    ResidentHousingResolver,
    AddressResolver,
    ImportResolver,
    MergeResolver,
    HouseholdResolver,
    HouseholdMemberResolver,
    ResidentHouseholdResolver,
  ],
  references,
  migrations,
  jobs: [auditRetentionJob],
  createScope: createScope as SubgraphDefinition['createScope'],
  seed: seedDemoPopulation,
};

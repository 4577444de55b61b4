import { defineModule } from '@cp/service-kit';
import { PerformanceRulesEntity, ScorecardEntity } from './scorecard.entity';
import { keepDistrictFactsJob } from './facts.job';
import { CommunityScorecardResolver, OfficerScorecardResolver, ScorecardResolver, StationScorecardResolver } from './scorecard.resolver';

/** Scorecards and rankings of communities, stations and officers, published per period. */
export const scorecardModule = defineModule({
  name: 'scorecard',
  entities: [ScorecardEntity, PerformanceRulesEntity],
  resolvers: [ScorecardResolver, CommunityScorecardResolver, StationScorecardResolver, OfficerScorecardResolver],
  jobs: [keepDistrictFactsJob],
});

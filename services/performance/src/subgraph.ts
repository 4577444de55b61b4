import type { SubgraphDefinition } from '@cp/service-kit';
import { createScope } from './context';
import { migrations } from './migrations';
import { Community, Officer, Station } from './modules/federation/federation.type';
import { IndicatorEntity } from './modules/indicator/indicator.entity';
import { IndicatorOverrideEntity } from './modules/indicator/override.entity';
import { PerformanceRulesEntity, ScorecardEntity } from './modules/scorecard/scorecard.entity';
import { SurveyRoundEntity } from './modules/survey/survey.entity';
import { WarningEntity } from './modules/warning/warning.entity';
import { DepartmentEntity, DepartmentRatingEntity } from './modules/reverse/department.entity';
import { ManualValueEntity } from './modules/manual/manual-value.entity';
import { CommunityManualValuesResolver, ManualValueResolver } from './modules/manual/manual.resolver';
import { DutyRatingEntity } from './modules/dual-track/duty-rating.entity';
import { DualTrackResolver } from './modules/dual-track/dual-track.resolver';
import { ReverseEvaluationResolver } from './modules/reverse/reverse.resolver';
import { WarningResolver } from './modules/warning/warning.resolver';
import { IndicatorResolver } from './modules/indicator/indicator.resolver';
import { CommunityScorecardResolver, OfficerScorecardResolver, ScorecardResolver, StationScorecardResolver } from './modules/scorecard/scorecard.resolver';
import { CommunitySurveysResolver, SurveyResolver } from './modules/survey/survey.resolver';
import { references } from './references';
import { seedPerformance } from './seed';

export const performanceSubgraph: SubgraphDefinition = {
  name: 'performance',
  entities: [
    IndicatorEntity,
    IndicatorOverrideEntity,
    ScorecardEntity,
    PerformanceRulesEntity,
    SurveyRoundEntity,
    WarningEntity,
    DepartmentEntity,
    DepartmentRatingEntity,
    DutyRatingEntity,
    ManualValueEntity,
  ],
  resolvers: [
    IndicatorResolver,
    ScorecardResolver,
    CommunityScorecardResolver,
    StationScorecardResolver,
    OfficerScorecardResolver,
    SurveyResolver,
    CommunitySurveysResolver,
    WarningResolver,
    ReverseEvaluationResolver,
    DualTrackResolver,
    ManualValueResolver,
    CommunityManualValuesResolver,
  ],
  // population's places, extended here: nothing of ours returns them, so they are listed
  orphanedTypes: [Community, Station, Officer],
  references,
  migrations,
  createScope: createScope as SubgraphDefinition['createScope'],
  seed: seedPerformance,
};

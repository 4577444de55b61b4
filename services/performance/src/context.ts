import { byIdLoader, type BaseContext, type RequestContext } from '@cp/service-kit';
import { IndicatorEntity } from './modules/indicator/indicator.entity';
import { DualTrackService } from './modules/dual-track/dual-track.service';
import { ManualValueService } from './modules/manual/manual.service';
import { ReverseEvaluationService } from './modules/reverse/reverse.service';
import { ScorecardService } from './modules/scorecard/scorecard.service';
import { SurveyService } from './modules/survey/survey.service';
import { WarningService } from './modules/warning/warning.service';

/** The per-request scope: loaders, and the services that use them. */
export function createScope(base: BaseContext) {
  return {
    loaders: { indicatorById: byIdLoader(base.em, IndicatorEntity) },
    scorecards: new ScorecardService(base),
    surveys: new SurveyService(base),
    warnings: new WarningService(base),
    reverseEvaluation: new ReverseEvaluationService(base),
    dualTrack: new DualTrackService(base),
    manualValues: new ManualValueService(base),
  };
}

export type PerformanceContext = RequestContext<ReturnType<typeof createScope>>;

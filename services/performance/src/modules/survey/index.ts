import { defineModule } from '@cp/service-kit';
import { SurveyRoundEntity } from './survey.entity';
import { CommunitySurveysResolver, SurveyResolver } from './survey.resolver';

/** Satisfaction survey rounds (群众满意度) per community. */
export const surveyModule = defineModule({
  name: 'survey',
  entities: [SurveyRoundEntity],
  resolvers: [SurveyResolver, CommunitySurveysResolver],
});

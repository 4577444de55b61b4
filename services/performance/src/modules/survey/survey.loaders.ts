import { latestLoader, perRequest } from '@cp/service-kit';
import { SurveyRoundEntity } from './survey.entity';

/** The latest 50 rounds of many communities, in one statement. */
export const roundsByCommunity = perRequest(({ em }) => latestLoader(em, SurveyRoundEntity, 'communityId', 'surveyedOn', 50));

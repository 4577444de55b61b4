import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Community } from '../federation/federation.type';
import { RecordSurveyRoundInput, SurveyRound, SurveyRoundPayload } from './survey.type';
import { SurveyService } from './survey.service';
import { type RequestContext } from '@cp/service-kit';

@Resolver(() => SurveyRound)
export class SurveyResolver {
  @Authorized('district_admin', 'station_head', 'community_officer')
  @Mutation(() => SurveyRoundPayload, { description: '录入一轮群众安全感满意度调查' })
  recordSurveyRound(@Arg('input', () => RecordSurveyRoundInput) input: RecordSurveyRoundInput, @Ctx() ctx: RequestContext) {
    return ctx.use(SurveyService).record(input);
  }
}

@Resolver(() => Community)
export class CommunitySurveysResolver {
  @Authorized()
  @FieldResolver(() => [SurveyRound], { description: '满意度调查（新的在前，最多 50 轮）' })
  surveyRounds(@Root() c: Community, @Ctx() ctx: RequestContext) {
    return ctx.use(SurveyService).ofCommunity(c.id);
  }
}

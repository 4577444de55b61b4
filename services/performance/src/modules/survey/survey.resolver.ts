import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Community } from '../federation/federation.type';
import { CorrectSurveyRoundInput, RecordSurveyRoundInput, SurveyRound, SurveyRoundPayload } from './survey.type';
import { SurveyService } from './survey.service';
import { type RequestContext } from '@cp/service-kit';

@Resolver(() => SurveyRound)
export class SurveyResolver {
  // by the station or the district: never by the officers the survey judges
  @Authorized('district_admin', 'station_head')
  @Mutation(() => SurveyRoundPayload, { description: '录入一轮群众安全感满意度调查（派出所或分局录入，本社区民警不能录入）' })
  recordSurveyRound(@Arg('input', () => RecordSurveyRoundInput) input: RecordSurveyRoundInput, @Ctx() ctx: RequestContext) {
    return ctx.use(SurveyService).record(input);
  }

  @Authorized('district_admin', 'station_head')
  @Mutation(() => SurveyRoundPayload, { description: '更正一轮满意度调查：新增一条更正记录，原记录保留且不再计入' })
  correctSurveyRound(@Arg('input', () => CorrectSurveyRoundInput) input: CorrectSurveyRoundInput, @Ctx() ctx: RequestContext) {
    return ctx.use(SurveyService).correct(input);
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

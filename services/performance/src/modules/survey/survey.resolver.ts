import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PerformanceContext } from '../../context';
import { Community } from '../federation/federation.type';
import { RecordSurveyRoundInput, SurveyRound, SurveyRoundPayload } from './survey.type';

@Resolver(() => SurveyRound)
export class SurveyResolver {
  @Authorized('district_admin', 'station_head', 'community_officer')
  @Mutation(() => SurveyRoundPayload, { description: '录入一轮群众安全感满意度调查' })
  recordSurveyRound(@Arg('input', () => RecordSurveyRoundInput) input: RecordSurveyRoundInput, @Ctx() ctx: PerformanceContext) {
    return ctx.surveys.record(input);
  }
}

@Resolver(() => Community)
export class CommunitySurveysResolver {
  @Authorized()
  @FieldResolver(() => [SurveyRound], { description: '满意度调查（新的在前，最多 50 轮）' })
  surveyRounds(@Root() c: Community, @Ctx() ctx: PerformanceContext) {
    return ctx.surveys.ofCommunity(c.id);
  }
}

import { beijingToday } from '@cp/calendar';
import { randomUUID } from 'node:crypto';
import { inJurisdiction } from '@cp/auth';
import { requireJurisdiction, userError, validateInput, type BaseContext, type UserError } from '@cp/service-kit';
import { SurveyRoundEntity } from './survey.entity';
import type { RecordSurveyRoundInput, SurveyRound, SurveyRoundPayload } from './survey.type';

const toRound = (r: SurveyRoundEntity): SurveyRound => {
  const total = r.satisfied + r.basicallySatisfied + r.unsatisfied;
  return { ...r, note: r.note ?? null, rate: total ? (r.satisfied + r.basicallySatisfied) / total : 0 };
};

/** 群众安全感满意度 surveys: rounds recorded per community; the SATISFACTION indicator counts them. */
export class SurveyService {
  constructor(private readonly ctx: BaseContext) {}

  async record(input: RecordSurveyRoundInput): Promise<SurveyRoundPayload> {
    const refused = (...errors: UserError[]): SurveyRoundPayload => ({ round: null, errors });
    const problems = await validateInput(input);
    if (problems.length) return refused(...problems);
    if (input.satisfied + input.basicallySatisfied + input.unsatisfied === 0) return refused(userError('SURVEY_EMPTY', '有效答卷数不能为 0', 'satisfied'));
    const today = beijingToday();
    if (input.surveyedOn > today || Number.isNaN(Date.parse(input.surveyedOn)))
      return refused(userError('SURVEY_DATE', '调查日期无效或晚于今天', 'surveyedOn'));
    // the community's station decides whether a station head may record for it
    const { community } = await this.ctx.gateway.query<{ community: { id: string; station: { id: string } } | null }>(
      `query SurveyCommunity($id: ID!) { community(id: $id) { id station { id } } }`,
      { id: input.communityId },
    );
    if (!community) return refused(userError('COMMUNITY_NOT_FOUND', '该社区不存在', 'communityId'));
    if (!inJurisdiction(requireJurisdiction(this.ctx.claims), { stationId: community.station.id, communityId: community.id })) {
      return refused(userError('OUTSIDE_JURISDICTION', '只能录入本人辖区内社区的调查', 'communityId'));
    }
    const round = this.ctx.em.create(SurveyRoundEntity, {
      id: randomUUID(),
      communityId: community.id,
      surveyedOn: input.surveyedOn,
      satisfied: input.satisfied,
      basicallySatisfied: input.basicallySatisfied,
      unsatisfied: input.unsatisfied,
      note: input.note?.trim() || null,
      recordedBy: this.ctx.claims!.name,
    });
    await this.ctx.em.flush();
    return { round: toRound(round), errors: [] };
  }

  async ofCommunity(communityId: string): Promise<SurveyRound[]> {
    return (await this.ctx.em.find(SurveyRoundEntity, { communityId }, { orderBy: { surveyedOn: 'desc' }, limit: 50 })).map(toRound);
  }
}

import { beijingToday } from '@cp/calendar';
import { randomUUID } from 'node:crypto';
import { mutation, refuse, type BaseContext } from '@cp/service-kit';
import { SurveyRoundEntity } from './survey.entity';
import { roundsByCommunity } from './survey.loaders';
import type { RecordSurveyRoundInput, SurveyRound, SurveyRoundPayload } from './survey.type';
import { communityPlace } from '../federation/places';

const toRound = (r: SurveyRoundEntity): SurveyRound => {
  const total = r.satisfied + r.basicallySatisfied + r.unsatisfied;
  return { ...r, note: r.note ?? null, rate: total ? (r.satisfied + r.basicallySatisfied) / total : 0 };
};

/** 群众安全感满意度 surveys: rounds recorded per community; the SATISFACTION indicator counts them. */
export class SurveyService {
  constructor(private readonly ctx: BaseContext) {}

  record(input: RecordSurveyRoundInput): Promise<SurveyRoundPayload> {
    return mutation('round', input, async () => {
      if (input.satisfied + input.basicallySatisfied + input.unsatisfied === 0) refuse('SURVEY_EMPTY', '有效答卷数不能为 0', 'satisfied');
      const today = beijingToday();
      if (input.surveyedOn > today || Number.isNaN(Date.parse(input.surveyedOn))) refuse('SURVEY_DATE', '调查日期无效或晚于今天', 'surveyedOn');
      // the community's station decides whether a station head may record for it
      const community = await communityPlace(this.ctx, input.communityId);
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
      return toRound(round);
    });
  }

  async ofCommunity(communityId: string): Promise<SurveyRound[]> {
    return (await this.ctx.use(roundsByCommunity).load(communityId)).map(toRound);
  }
}

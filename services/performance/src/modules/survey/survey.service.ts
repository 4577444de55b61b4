import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { authorize, found, mutation, refuse, type BaseContext } from '@cp/service-kit';
import { graphql } from '../../gql';
import { refusePublished } from '../period/rating-window';
import { SurveyRoundEntity } from './survey.entity';
import { roundsByCommunity } from './survey.loaders';
import { checkRecorder, checkSample, checkSurveyDate, outliers, periodsOfSurvey } from './survey.rules';
import type { CorrectSurveyRoundInput, RecordSurveyRoundInput, SurveyRound, SurveyRoundPayload } from './survey.type';

const SURVEY_COMMUNITY = graphql(`
  query SurveyCommunity($id: ID!) {
    community(id: $id) {
      id
      station {
        id
      }
      populationStats {
        households
      }
      officers {
        officer {
          id
        }
      }
    }
  }
`);

const rateOf = (r: SurveyRoundEntity) => {
  const total = r.satisfied + r.basicallySatisfied + r.unsatisfied;
  return total ? (r.satisfied + r.basicallySatisfied) / total : 0;
};

/**
 * 群众安全感满意度 surveys: rounds recorded per community by its station or the district, never by
 * the community's own officers; a mistake is corrected by a new round that keeps the original.
 * The SATISFACTION indicator counts the rounds not corrected.
 */
export class SurveyService {
  constructor(private readonly ctx: BaseContext) {}

  record(input: RecordSurveyRoundInput): Promise<SurveyRoundPayload> {
    return mutation('round', input, async () => {
      checkSurveyDate(input.surveyedOn);
      const community = await this.checkCommunity(input.communityId, input);
      return this.write({ ...input, communityId: community.id, note: input.note?.trim() || null });
    });
  }

  correct(input: CorrectSurveyRoundInput): Promise<SurveyRoundPayload> {
    return mutation('round', input, async () => {
      const original = found(await this.ctx.em.findOne(SurveyRoundEntity, { id: input.roundId }), 'SURVEY_NOT_FOUND', '调查', 'roundId');
      // the same window as a new round: a round in a reported month stays as it was reported
      checkSurveyDate(original.surveyedOn);
      await this.checkCommunity(original.communityId, input);
      if (await this.ctx.em.count(SurveyRoundEntity, { correctsId: original.id }))
        refuse('SURVEY_ALREADY_CORRECTED', '该轮调查已被更正，请更正最新的一条', 'roundId');
      return this.write({ ...input, communityId: original.communityId, surveyedOn: original.surveyedOn, note: input.reason.trim(), correctsId: original.id });
    });
  }

  async ofCommunity(communityId: string): Promise<SurveyRound[]> {
    const rounds = await this.ctx.use(roundsByCommunity).load(communityId);
    const correctedBy = new Map(rounds.filter((r) => r.correctsId).map((r) => [r.correctsId!, r.id]));
    const standing = rounds.filter((r) => !correctedBy.has(r.id)).sort((a, b) => a.surveyedOn.localeCompare(b.surveyedOn) || +a.recordedAt - +b.recordedAt);
    const flagged = outliers(standing.map((r) => ({ id: r.id, rate: rateOf(r) })));
    return rounds
      .sort((a, b) => b.surveyedOn.localeCompare(a.surveyedOn) || +b.recordedAt - +a.recordedAt)
      .map((r) => ({
        ...r,
        note: r.note ?? null,
        rate: rateOf(r),
        correctsId: r.correctsId ?? null,
        correctedById: correctedBy.get(r.id) ?? null,
        outlier: flagged.get(r.id) ?? null,
      }));
  }

  /** Jurisdiction, separation, the period still open and the sample within the community's households. */
  private async checkCommunity(communityId: string, counts: { satisfied: number; basicallySatisfied: number; unsatisfied: number }) {
    const community = found((await this.ctx.gateway.query(SURVEY_COMMUNITY, { id: communityId })).community, 'COMMUNITY_NOT_FOUND', '社区', 'communityId');
    authorize(this.ctx.claims, { stationId: community.station.id, communityId: community.id }, '社区', 'communityId');
    checkRecorder(
      this.ctx.claims!.officerId,
      (community.officers ?? []).map((p) => p.officer.id),
    );
    const total = counts.satisfied + counts.basicallySatisfied + counts.unsatisfied;
    if (total === 0) refuse('SURVEY_EMPTY', '有效答卷数不能为 0', 'satisfied');
    checkSample(total, community.populationStats?.households ?? 0);
    return community;
  }

  private async write(round: Omit<SurveyRoundEntity, 'id' | 'recordedBy' | 'recordedAt'>): Promise<SurveyRound> {
    await refusePublished(this.ctx.em, periodsOfSurvey(round.surveyedOn), 'surveyedOn');
    const entity = this.ctx.em.create(SurveyRoundEntity, { ...round, id: randomUUID(), recordedBy: this.ctx.claims!.name });
    try {
      await this.ctx.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) refuse('SURVEY_ALREADY_CORRECTED', '该轮调查刚被他人更正，请刷新后更正最新的一条', 'roundId');
      throw err;
    }
    return { ...entity, note: entity.note ?? null, rate: rateOf(entity), correctsId: entity.correctsId ?? null, correctedById: null, outlier: null };
  }
}

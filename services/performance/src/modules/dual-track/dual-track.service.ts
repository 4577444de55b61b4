import { randomUUID } from 'node:crypto';
import { createOrRevise, mutation, orRefuse, refuse, requireJurisdiction, type BaseContext, type EntityManager, parsePeriodCode } from '@cp/service-kit';
import { dutyGroupMembers, findOfficer } from '../federation/places';
import { refuseClosedWindow } from '../period/rating-window';
import { DutyRatingEntity } from './duty-rating.entity';
import type { DualTrack, DutyRating, DutyRatingPayload, RateDutyWorkInput } from './dual-track.type';

export const toDutyRating = (r: DutyRatingEntity): DutyRating => ({
  id: r.id,
  period: r.periodCode,
  officerId: r.officerId,
  score: r.score,
  basis: r.basis,
  ratedBy: r.ratedBy,
  ratedAt: r.ratedAt.toISOString(),
  version: r.version,
});

/**
 * 双轨考核 (as at Qianmen): the community team lead's long line — here the officer's scorecard,
 * computed from the work — and the duty deputy's short line, each 50 %. Where the officer has no
 * short-line score (not on a duty group, or not yet rated) the long line alone is the score.
 */
export function combineTracks(longLine: number | null, rating: DutyRating | null): { total: number | null; dualTrack: DualTrack } {
  const shortLine = rating?.score ?? null;
  const total = longLine === null || shortLine === null ? longLine : Math.round(((longLine + shortLine) / 2) * 100) / 100;
  return { total, dualTrack: { longLine, shortLine, rating } };
}

/** The short-line scores of a period, by officer (what the officers' scorecards combine). */
export async function dutyRatingsOf(em: EntityManager, periodCode: string): Promise<Map<string, DutyRating>> {
  const rows = await em.find(DutyRatingEntity, { periodCode });
  return new Map(rows.map((r) => [r.officerId, toDutyRating(r)]));
}

export class DualTrackService {
  constructor(private readonly ctx: BaseContext) {}

  /** The station's leadership scores the duty work of an officer on one of the station's duty groups. */
  rate(input: RateDutyWorkInput): Promise<DutyRatingPayload> {
    return mutation('rating', input, async () => {
      const period = parsePeriodCode(input.period);
      await refuseClosedWindow(this.ctx.em, period);
      const officer = await findOfficer(this.ctx, input.officerId);
      if (!officer?.station) refuse('OFFICER_NOT_FOUND', '该民警不存在', 'officerId');
      const stationId = officer.station.id;
      const j = requireJurisdiction(this.ctx.claims);
      // the station's own leadership scores: the district does not rate an officer's duty work
      if (j.all || !j.stationIds.includes(stationId)) refuse('OUTSIDE_JURISDICTION', '短线评分由本所值班副所长作出，只能评本所民警', 'officerId');
      if (!(await dutyGroupMembers(this.ctx, stationId)).has(officer.id)) {
        refuse('OFFICER_NOT_ON_DUTY_GROUP', '该民警不在本所值班组，没有短线考核，只按长线计分', 'officerId');
      }

      const fields = { score: input.score, basis: input.basis.trim(), ratedBy: this.ctx.claims!.name, ratedAt: new Date() };
      const existing = await this.ctx.em.findOne(DutyRatingEntity, { periodCode: period.code, officerId: officer.id });
      const saved = await createOrRevise(
        this.ctx.em,
        existing,
        input.version,
        (r) => Object.assign(r, fields),
        () => this.ctx.em.create(DutyRatingEntity, { id: randomUUID(), periodCode: period.code, officerId: officer.id, stationId, ...fields }),
      );
      return toDutyRating(orRefuse(saved));
    });
  }
}

import { randomUUID } from 'node:crypto';
import { createOrRevise, found, mutation, orRefuse, refuse, requireJurisdiction, type BaseContext, parsePeriodCode } from '@cp/service-kit';
import { refuseClosedWindow } from '../period/rating-window';
import { tiedRanks } from '../scoring/rank';
import { DepartmentEntity, DepartmentRatingEntity } from './department.entity';
import type { Department, DepartmentRating, DepartmentRatingPayload, DepartmentResult, RateDepartmentInput } from './reverse.type';

/** Below this a rating must say what happened. */
const POOR = 60;
const round2 = (n: number) => Math.round(n * 100) / 100;
const meanOf = (r: Pick<DepartmentRatingEntity, 'responsiveness' | 'effectiveness' | 'ownership'>) => (r.responsiveness + r.effectiveness + r.ownership) / 3;

export const toDepartment = (d: DepartmentEntity): Department => ({ id: d.id, code: d.code, name: d.name, supports: d.supports });
const toRating = (r: DepartmentRatingEntity): DepartmentRating => ({
  id: r.id,
  period: r.periodCode,
  station: { id: r.stationId },
  department: toDepartment(r.department),
  responsiveness: r.responsiveness,
  effectiveness: r.effectiveness,
  ownership: r.ownership,
  score: round2(meanOf(r)),
  comment: r.comment ?? null,
  ratedBy: r.ratedBy,
  ratedAt: r.ratedAt.toISOString(),
  version: r.version,
});

/**
 * 逆考评: each station rates how the district's functional departments supported it in a period,
 * so that duties are not pushed down to the stations (责任转嫁). The district sees every rating;
 * a station its own; everyone the departments' ranking.
 */
export class ReverseEvaluationService {
  constructor(private readonly ctx: BaseContext) {}

  async departments(): Promise<Department[]> {
    return (await this.ctx.em.find(DepartmentEntity, { active: true }, { orderBy: { code: 'asc' } })).map(toDepartment);
  }

  /** The ratings of a period the caller may read: all for the district, its own for a station. */
  async ratings(periodCode: string, stationId?: string | null): Promise<DepartmentRating[]> {
    const j = requireJurisdiction(this.ctx.claims);
    const where: Record<string, unknown> = { periodCode: parsePeriodCode(periodCode).code };
    if (stationId) where.stationId = stationId;
    if (!j.all) where.stationId = { $in: stationId ? j.stationIds.filter((s) => s === stationId) : j.stationIds };
    const rows = await this.ctx.em.find(DepartmentRatingEntity, where, { populate: ['department'], orderBy: { department: { code: 'asc' }, ratedAt: 'asc' } });
    return rows.map(toRating);
  }

  /** The departments ranked by their stations' average score for the period (ties share a rank). */
  async ranking(periodCode: string): Promise<DepartmentResult[]> {
    const code = parsePeriodCode(periodCode).code;
    const [departments, ratings] = await Promise.all([
      this.ctx.em.find(DepartmentEntity, { active: true }, { orderBy: { code: 'asc' } }),
      this.ctx.em.find(DepartmentRatingEntity, { periodCode: code }),
    ]);
    const avg = (xs: number[]) => (xs.length ? round2(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
    const results = departments.map((d): DepartmentResult => {
      const mine = ratings.filter((r) => r.department.id === d.id);
      return {
        department: toDepartment(d),
        rank: null,
        stations: mine.length,
        responsiveness: avg(mine.map((r) => r.responsiveness)),
        effectiveness: avg(mine.map((r) => r.effectiveness)),
        ownership: avg(mine.map((r) => r.ownership)),
        score: avg(mine.map(meanOf)),
        poorRatings: mine.filter((r) => meanOf(r) < POOR).length,
      };
    });
    results.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.department.code.localeCompare(b.department.code));
    const ranks = tiedRanks(results, (r) => r.score);
    results.forEach((r, i) => (r.rank = r.score === null ? null : ranks[i]!));
    return results;
  }

  /** A station head rates a department for a period: a new rating, or a revision of the station's own. */
  rate(input: RateDepartmentInput): Promise<DepartmentRatingPayload> {
    return mutation('rating', input, async () => {
      const period = parsePeriodCode(input.period);
      await refuseClosedWindow(this.ctx.em, period);
      const j = requireJurisdiction(this.ctx.claims);
      if (j.all || !j.stationIds.includes(input.stationId)) {
        refuse('REVERSE_EVALUATION_OWN_STATION', '逆考评由派出所对本所受到的支撑作出，只能评价本所', 'stationId');
      }
      const department = found(
        await this.ctx.em.findOne(DepartmentEntity, { code: input.departmentCode, active: true }),
        'DEPARTMENT_NOT_FOUND',
        '职能部门',
        'departmentCode',
      );
      const comment = input.comment?.trim() || null;
      if (Math.min(input.responsiveness, input.effectiveness, input.ownership) < POOR && !comment) {
        refuse('RATING_COMMENT_REQUIRED', `有一项低于 ${POOR} 分，请在说明中写明事例`, 'comment');
      }
      const scores = { responsiveness: input.responsiveness, effectiveness: input.effectiveness, ownership: input.ownership, comment };
      const by = { ratedBy: this.ctx.claims!.name, ratedAt: new Date() };

      const existing = await this.ctx.em.findOne(DepartmentRatingEntity, { periodCode: period.code, stationId: input.stationId, department });
      const saved = await createOrRevise(
        this.ctx.em,
        existing,
        input.version,
        (r) => Object.assign(r, scores, by),
        () =>
          this.ctx.em.create(DepartmentRatingEntity, { id: randomUUID(), periodCode: period.code, stationId: input.stationId, department, ...scores, ...by }),
      );
      return toRating(orRefuse(saved));
    });
  }
}

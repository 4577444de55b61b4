import { randomUUID } from 'node:crypto';
import { inJurisdiction } from '@cp/auth';
import { createOrRevise, requireJurisdiction, userError, validateInput, type BaseContext, type EntityManager, type UserError } from '@cp/service-kit';
import { IndicatorEntity, IndicatorSource } from '../indicator/indicator.entity';
import { parsePeriodCode } from '../period/period';
import { ratingWindowError } from '../period/rating-window';
import type { Measure } from '../scoring/score';
import { ManualValueEntity } from './manual-value.entity';
import type { ManualValue, ManualValuePayload, RecordManualValueInput } from './manual.type';

const toValue = (v: ManualValueEntity): ManualValue => ({
  id: v.id,
  code: v.indicator.code,
  indicatorName: v.indicator.name,
  period: v.periodCode,
  communityId: v.communityId,
  value: Number(v.value),
  evidence: v.evidence,
  recordedBy: v.recordedBy,
  recordedAt: v.recordedAt.toISOString(),
  version: v.version,
});

/** The manual indicators' values of a period as measures, by community and indicator code. */
export async function manualMeasures(em: EntityManager, periodCode: string): Promise<Map<string, Map<string, Measure>>> {
  const rows = await em.find(ManualValueEntity, { periodCode, indicator: { active: true } }, { populate: ['indicator'] });
  const byCommunity = new Map<string, Map<string, Measure>>();
  for (const r of rows) {
    const m = byCommunity.get(r.communityId) ?? new Map<string, Measure>();
    m.set(r.indicator.code, { numerator: Number(r.value), denominator: null });
    byCommunity.set(r.communityId, m);
  }
  return byCommunity;
}

/** 人工录入 with evidence: the station or the district records what the system cannot count. */
export class ManualValueService {
  constructor(private readonly ctx: BaseContext) {}

  async ofCommunity(communityId: string, periodCode: string | null | undefined): Promise<ManualValue[]> {
    const where = periodCode ? { communityId, periodCode: parsePeriodCode(periodCode).code } : { communityId };
    const rows = await this.ctx.em.find(ManualValueEntity, where, { populate: ['indicator'], orderBy: { periodCode: 'desc' }, limit: 100 });
    return rows.map(toValue);
  }

  async record(input: RecordManualValueInput): Promise<ManualValuePayload> {
    const refused = (...errors: UserError[]): ManualValuePayload => ({ value: null, errors });
    const problems = await validateInput(input);
    if (problems.length) return refused(...problems);
    const indicator = await this.ctx.em.findOne(IndicatorEntity, { code: input.code });
    if (!indicator) return refused(userError('INDICATOR_NOT_FOUND', '没有这项指标', 'code'));
    if (indicator.source !== IndicatorSource.manual) {
      return refused(userError('INDICATOR_NOT_MANUAL', `「${indicator.name}」由系统数据或调查得出，不能人工录入`, 'code'));
    }
    const period = parsePeriodCode(input.period);
    const closed = await ratingWindowError(this.ctx.em, period);
    if (closed) return refused(closed);
    const { community } = await this.ctx.gateway.query<{ community: { id: string; station: { id: string } } | null }>(
      `query ManualCommunity($id: ID!) { community(id: $id) { id station { id } } }`,
      { id: input.communityId },
    );
    if (!community) return refused(userError('COMMUNITY_NOT_FOUND', '该社区不存在', 'communityId'));
    if (!inJurisdiction(requireJurisdiction(this.ctx.claims), { stationId: community.station.id, communityId: community.id })) {
      return refused(userError('OUTSIDE_JURISDICTION', '只能录入本所辖区社区的指标', 'communityId'));
    }
    const fields = { value: String(input.value), evidence: input.evidence.trim(), recordedBy: this.ctx.claims!.name, recordedAt: new Date() };
    const existing = await this.ctx.em.findOne(ManualValueEntity, { indicator, periodCode: period.code, communityId: community.id });
    const result = await createOrRevise(
      this.ctx.em,
      existing,
      input.version,
      (v) => Object.assign(v, fields),
      () =>
        this.ctx.em.create(ManualValueEntity, {
          id: randomUUID(),
          indicator,
          periodCode: period.code,
          communityId: community.id,
          stationId: community.station.id,
          ...fields,
        }),
    );
    return result.ok ? { value: toValue(result.value), errors: [] } : refused(result.error);
  }
}

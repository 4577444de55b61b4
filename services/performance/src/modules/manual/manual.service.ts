import { randomUUID } from 'node:crypto';
import { createOrRevise, found, mutation, orRefuse, refuse, type BaseContext, type EntityManager, parsePeriodCode } from '@cp/service-kit';
import { IndicatorEntity, IndicatorSource } from '../indicator/indicator.entity';
import { refuseClosedWindow } from '../period/rating-window';
import type { Measure } from '../scoring/score';
import { ManualValueEntity } from './manual-value.entity';
import { manualValuesByCommunity } from './manual.loaders';
import type { ManualValue, ManualValuePayload, RecordManualValueInput } from './manual.type';
import { communityPlace } from '../federation/places';

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
    const rows = await this.ctx
      .use(manualValuesByCommunity)(periodCode ? parsePeriodCode(periodCode).code : null)
      .load(communityId);
    return rows.slice(0, 100).map(toValue);
  }

  record(input: RecordManualValueInput): Promise<ManualValuePayload> {
    return mutation('value', input, async () => {
      const indicator = found(await this.ctx.em.findOne(IndicatorEntity, { code: input.code }), 'INDICATOR_NOT_FOUND', '指标', 'code');
      if (indicator.source !== IndicatorSource.manual) refuse('INDICATOR_NOT_MANUAL', `「${indicator.name}」由系统数据或调查得出，不能人工录入`, 'code');
      const period = parsePeriodCode(input.period);
      await refuseClosedWindow(this.ctx.em, period);
      const community = await communityPlace(this.ctx, input.communityId);
      const fields = { value: String(input.value), evidence: input.evidence.trim(), recordedBy: this.ctx.claims!.name, recordedAt: new Date() };
      const existing = await this.ctx.em.findOne(ManualValueEntity, { indicator, periodCode: period.code, communityId: community.id });
      const saved = await createOrRevise(
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
      return toValue(orRefuse(saved));
    });
  }
}

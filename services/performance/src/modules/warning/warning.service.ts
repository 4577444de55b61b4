import { randomUUID } from 'node:crypto';
import { change, mutation, refuse, requireJurisdiction, type BaseContext, parsePeriodCode, previousPeriod } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ScopeLevel } from '../indicator/override.entity';
import { ScorecardEntity } from '../scorecard/scorecard.entity';
import type { Scorecard } from '../scorecard/scorecard.type';
import { WarningEntity } from './warning.entity';
import { warningsFor } from './warning.rules';
import type { AcknowledgeWarningInput, PerformanceWarning, AcknowledgeWarningPayload } from './warning.type';

const toWarning = (w: WarningEntity): PerformanceWarning => ({
  id: w.id,
  period: w.periodCode,
  level: w.level,
  scopeId: w.scopeId,
  scopeName: w.scopeName,
  stationId: w.stationId,
  kind: w.kind,
  reason: w.reason,
  issuedAt: w.issuedAt.toISOString(),
  acknowledgedAt: w.acknowledgedAt?.toISOString() ?? null,
  acknowledgedBy: w.acknowledgedBy ?? null,
  response: w.response ?? null,
  version: w.version,
});

/** Issues the warnings of a period being published (inside its transaction), for both levels. */
export async function issueWarnings(tx: EntityManager, periodCode: string, cards: Scorecard[], at: Date): Promise<number> {
  const before = previousPeriod(parsePeriodCode(periodCode)).code;
  let issued = 0;
  for (const level of [ScopeLevel.station, ScopeLevel.community]) {
    const previous = await tx.find(ScorecardEntity, { periodCode: before, level }, { fields: ['scopeId', 'rank', 'total'] });
    const worst = Math.max(0, ...previous.filter((p) => p.total !== null).map((p) => p.rank));
    const lastBefore = new Set(previous.filter((p) => p.rank === worst && p.total !== null).map((p) => p.scopeId));
    for (const d of warningsFor(
      periodCode,
      cards.filter((c) => c.level === level),
      lastBefore,
    )) {
      tx.create(WarningEntity, { id: randomUUID(), periodCode, ...d, issuedAt: at });
      issued++;
    }
  }
  return issued;
}

/** Warnings are read and acknowledged by those who answer for the place: its station, or the district. */
export class WarningService {
  constructor(private readonly ctx: BaseContext) {}

  async list(periodCode: string | null | undefined, openOnly: boolean): Promise<PerformanceWarning[]> {
    const j = requireJurisdiction(this.ctx.claims);
    const where: Record<string, unknown> = {};
    if (periodCode) where.periodCode = parsePeriodCode(periodCode).code;
    if (openOnly) where.acknowledgedAt = null;
    if (!j.all) where.$or = [{ stationId: { $in: j.stationIds } }, { scopeId: { $in: j.communityIds } }];
    const rows = await this.ctx.em.find(WarningEntity, where, { orderBy: { issuedAt: 'desc', kind: 'asc' }, limit: 200 });
    return rows.map(toWarning);
  }

  /** Signed for by the station (its head; the resolver admits only heads and the district), never by a community alone. */
  acknowledge(input: AcknowledgeWarningInput): Promise<AcknowledgeWarningPayload> {
    return mutation('warning', input, async () => {
      const acknowledged = await change(this.ctx, {
        load: (em) => em.findOne(WarningEntity, { id: input.id }),
        what: '预警',
        notFound: 'WARNING_NOT_FOUND',
        place: (w) => ({ stationId: w.stationId }),
        version: input.version,
        check: (w) => {
          if (w.acknowledgedAt) refuse('WARNING_ALREADY_ACKNOWLEDGED', '该预警已签收', 'id');
        },
        apply: (_tx, w) => {
          w.acknowledgedAt = new Date();
          w.acknowledgedBy = this.ctx.claims!.name;
          w.response = input.response.trim();
          return w;
        },
      });
      return toWarning(acknowledged);
    });
  }
}

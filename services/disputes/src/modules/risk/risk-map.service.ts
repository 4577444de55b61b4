import { raw } from '@mikro-orm/postgresql';
import { jurisdictionWhere, requireJurisdiction, requireScope, type BaseContext } from '@cp/service-kit';
import { DisputeEntity, DisputeStatus } from '../dispute/dispute.entity';
import { currentRules } from '../rules/current-rules';
import { assessRisk, bandOf, type RiskFacts } from './risk-rules';
import type { AreaRisk, CommunityRisk, GridRisk, RiskMap } from './risk.type';

/** A score and how many open disputes have it. */
interface Scored {
  score: number;
  n: number;
}

const OPEN_RISK = [DisputeStatus.registered, DisputeStatus.assessed, DisputeStatus.in_mediation, DisputeStatus.transferred];

/**
 * 矛盾风险地图: every open dispute scored by the same rules as its detail page, summed by grid
 * and community. Only the facts the rules read are read; the outlines come from population.
 */
export class RiskMapService {
  constructor(private readonly ctx: BaseContext) {}

  async map(stationId?: string | null, communityId?: string | null): Promise<RiskMap> {
    requireScope(this.ctx.claims, 'disputes:read');
    const where: Record<string, unknown> = { status: { $in: OPEN_RISK }, ...jurisdictionWhere(requireJurisdiction(this.ctx.claims)) };
    if (stationId) where.stationId = stationId;
    if (communityId) where.communityId = communityId;
    const rules = await currentRules(this.ctx.em);
    const now = new Date();
    // Grouped by the facts the rules read, with each deadline as "past at now" (its earliest date
    // stands for the group): every dispute of a group scores the same, so the rules run once per
    // group (3 k at a million residents, for 75 k open disputes) and no row crosses the wire alone.
    const facts = ['communityId', 'gridId', 'riskLevel', 'repeatCount', 'reopenCount', 'threatsNoted', 'violenceHistory'];
    const rows = (await this.ctx.em
      .createQueryBuilder(DisputeEntity)
      .select([...facts, raw('min(progress_due_at) as "progressDueAt"'), raw('min(transfer_due_at) as "transferDueAt"'), raw('count(*)::int as n')])
      .where(where)
      .groupBy([...facts, raw('progress_due_at < ?', [now]), raw('transfer_due_at < ?', [now])])
      .execute('all')) as Array<RiskFacts & { communityId: string; gridId?: string | null; n: number }>;
    const date = (v: Date | string | null | undefined) => (v == null ? null : new Date(v)); // raw columns come as text
    const grids = new Map<string, { communityId: string; scores: Scored[] }>();
    const communities = new Map<string, Scored[]>();
    for (const d of rows) {
      const f = { ...d, progressDueAt: date(d.progressDueAt), transferDueAt: date(d.transferDueAt) };
      const scored = { score: assessRisk(f, now, rules.highRiskScore).score, n: d.n };
      if (d.gridId) {
        const g = grids.get(d.gridId) ?? { communityId: d.communityId, scores: [] };
        g.scores.push(scored);
        grids.set(d.gridId, g);
      }
      const community = communities.get(d.communityId);
      if (community) community.push(scored);
      else communities.set(d.communityId, [scored]);
    }
    const summary = (scores: Scored[]): AreaRisk => {
      const count = scores.reduce((a, s) => a + s.n, 0);
      const total = scores.reduce((a, s) => a + s.score * s.n, 0);
      const max = scores.reduce((a, s) => Math.max(a, s.score), 0);
      return {
        openDisputes: count,
        highRisk: scores.reduce((a, s) => a + (s.score >= rules.highRiskScore ? s.n : 0), 0),
        totalScore: total,
        maxScore: max,
        averageScore: count ? Math.round((total / count) * 10) / 10 : 0,
        band: bandOf(max, rules.highRiskScore) as AreaRisk['band'],
      };
    };
    const gridRisks: GridRisk[] = [...grids].map(([id, g]) => ({ grid: { id }, community: { id: g.communityId }, ...summary(g.scores) }));
    const communityRisks: CommunityRisk[] = [...communities].map(([id, scores]) => ({ community: { id }, ...summary(scores) }));
    const byRisk = (a: AreaRisk, b: AreaRisk) => b.totalScore - a.totalScore;
    return { grids: gridRisks.sort(byRisk), communities: communityRisks.sort(byRisk), computedAt: now.toISOString() };
  }
}

import { jurisdictionWhere, requireJurisdiction, requireScope, type BaseContext } from '@cp/service-kit';
import { DisputeEntity, DisputeStatus } from '../dispute/dispute.entity';
import { currentRules } from '../rules/current-rules';
import { assessRisk, bandOf, type RiskFacts } from './risk-rules';
import type { AreaRisk, CommunityRisk, GridRisk, RiskMap } from './risk.type';

const OPEN_RISK = [DisputeStatus.registered, DisputeStatus.assessed, DisputeStatus.in_mediation, DisputeStatus.transferred];

/**
 * 矛盾风险地图: every open dispute scored by the same rules as its detail page, summed by grid
 * and community. Only the columns the rules read are loaded; the outlines come from population.
 */
export class RiskMapService {
  constructor(private readonly ctx: BaseContext) {}

  async map(stationId?: string | null, communityId?: string | null): Promise<RiskMap> {
    requireScope(this.ctx.claims, 'disputes:read');
    const where: Record<string, unknown> = { status: { $in: OPEN_RISK }, ...jurisdictionWhere(requireJurisdiction(this.ctx.claims)) };
    if (stationId) where.stationId = stationId;
    if (communityId) where.communityId = communityId;
    // plain rows, not entities: a district has tens of thousands of open disputes, and hydrating them was most of the time
    const rows = (await this.ctx.em
      .createQueryBuilder(DisputeEntity)
      .select(['communityId', 'gridId', 'riskLevel', 'repeatCount', 'reopenCount', 'threatsNoted', 'violenceHistory', 'progressDueAt', 'transferDueAt'])
      .where(where)
      .execute('all')) as Array<RiskFacts & { communityId: string; gridId?: string | null }>;
    const rules = await currentRules(this.ctx.em);
    const now = new Date();
    const grids = new Map<string, { communityId: string; scores: number[] }>();
    const communities = new Map<string, number[]>();
    for (const d of rows) {
      const { score } = assessRisk(d, now, rules.highRiskScore);
      if (d.gridId) {
        const g = grids.get(d.gridId) ?? { communityId: d.communityId, scores: [] };
        g.scores.push(score);
        grids.set(d.gridId, g);
      }
      const community = communities.get(d.communityId);
      if (community) community.push(score);
      else communities.set(d.communityId, [score]);
    }
    const summary = (scores: number[]): AreaRisk => {
      const total = scores.reduce((a, b) => a + b, 0);
      const max = scores.reduce((a, b) => Math.max(a, b), 0);
      return {
        openDisputes: scores.length,
        highRisk: scores.filter((s) => s >= rules.highRiskScore).length,
        totalScore: total,
        maxScore: max,
        averageScore: scores.length ? Math.round((total / scores.length) * 10) / 10 : 0,
        band: bandOf(max, rules.highRiskScore) as AreaRisk['band'],
      };
    };
    const gridRisks: GridRisk[] = [...grids].map(([id, g]) => ({ grid: { id }, community: { id: g.communityId }, ...summary(g.scores) }));
    const communityRisks: CommunityRisk[] = [...communities].map(([id, scores]) => ({ community: { id }, ...summary(scores) }));
    const byRisk = (a: AreaRisk, b: AreaRisk) => b.totalScore - a.totalScore;
    return { grids: gridRisks.sort(byRisk), communities: communityRisks.sort(byRisk), computedAt: now.toISOString() };
  }
}

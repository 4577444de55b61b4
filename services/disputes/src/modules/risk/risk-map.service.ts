import { jurisdictionWhere, requireJurisdiction, requireScope, type BaseContext } from '@cp/service-kit';
import { DisputeEntity, DisputeStatus } from '../dispute/dispute.entity';
import { currentRules } from '../rules/current-rules';
import { assessRisk, bandOf } from './risk-rules';
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
    const rows = await this.ctx.em.find(DisputeEntity, where, {
      fields: [
        'communityId',
        'gridId',
        'riskLevel',
        'repeatCount',
        'reopenCount',
        'threatsNoted',
        'violenceHistory',
        'progressDueAt',
        'transferDueAt',
        'status',
      ],
      disableIdentityMap: true,
    });
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
      communities.set(d.communityId, [...(communities.get(d.communityId) ?? []), score]);
    }
    const summary = (scores: number[]): AreaRisk => {
      const total = scores.reduce((a, b) => a + b, 0);
      const max = Math.max(0, ...scores);
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

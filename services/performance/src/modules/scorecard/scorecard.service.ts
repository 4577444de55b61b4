import { randomUUID } from 'node:crypto';
import { userError, type BaseContext, parsePeriodCode, previousPeriod, type Period } from '@cp/service-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { IndicatorEntity } from '../indicator/indicator.entity';
import { IndicatorOverrideEntity, ScopeLevel } from '../indicator/override.entity';
import { combineTracks, dutyRatingsOf } from '../dual-track/dual-track.service';
import { readDistrictFacts, type DistrictFacts } from '../scoring/facts';
import { tiedRanks } from '../scoring/rank';
import { score, sumMeasures, type AppliedIndicator, type Measure } from '../scoring/score';
import { issueWarnings } from '../warning/warning.service';
import { PerformanceRulesEntity, ScorecardEntity, Tier } from './scorecard.entity';
import type { PublishPayload, Scorecard } from './scorecard.type';

interface Scope {
  level: ScopeLevel;
  id: string;
  name: string;
  stationId: string;
  measures: Map<string, Measure>;
}

/**
 * 考核: scorecards computed from the facts the other domains publish, ranked with tiers, and
 * published per period as immutable snapshots. Until a period is published its scorecards are
 * drafts computed live; once published, the snapshot is what everyone reads.
 */
export class ScorecardService {
  /** One read of the district's facts per period per request, however many scorecards it feeds. */
  private readonly facts = new Map<string, Promise<DistrictFacts>>();
  /** One ranking per period and level per request, however many scorecards, aliases or trends read it. */
  private readonly rankings = new Map<string, Promise<Scorecard[]>>();
  private catalogue?: Promise<{ indicators: IndicatorEntity[]; overrides: IndicatorOverrideEntity[] }>;

  constructor(private readonly ctx: BaseContext) {}

  async ofCommunity(communityId: string, periodCode: string): Promise<Scorecard | null> {
    return (await this.ranked(parsePeriodCode(periodCode), ScopeLevel.community)).find((s) => s.scopeId === communityId) ?? null;
  }

  async ofOfficer(officerId: string, periodCode: string): Promise<Scorecard | null> {
    return (await this.ranked(parsePeriodCode(periodCode), ScopeLevel.officer)).find((s) => s.scopeId === officerId) ?? null;
  }

  async ofStation(stationId: string, periodCode: string): Promise<Scorecard | null> {
    return (await this.ranked(parsePeriodCode(periodCode), ScopeLevel.station)).find((s) => s.scopeId === stationId) ?? null;
  }

  /** The same place's totals over `count` periods of the same kind, oldest first (published or live). */
  async trend(level: ScopeLevel, scopeId: string, periodCode: string, count: number): Promise<Scorecard[]> {
    const periods = [parsePeriodCode(periodCode)];
    while (periods.length < Math.min(Math.max(count, 1), 8)) periods.unshift(previousPeriod(periods[0]!));
    const cards = await Promise.all(periods.map(async (p) => (await this.ranked(p, level)).find((c) => c.scopeId === scopeId) ?? null));
    return cards.filter((c): c is Scorecard => c !== null);
  }

  /** A level's scorecards for a period, best first: the published snapshot, or else a live draft. */
  ranked(period: Period, level: ScopeLevel): Promise<Scorecard[]> {
    const key = `${period.code}:${level}`;
    let ranking = this.rankings.get(key);
    if (!ranking) {
      ranking = (async () => {
        const published = await this.ctx.em.find(ScorecardEntity, { periodCode: period.code, level }, { orderBy: { rank: 'asc', scopeName: 'asc' } });
        return published.length ? published.map(fromSnapshot) : this.draft(period, level);
      })();
      this.rankings.set(key, ranking);
    }
    return ranking;
  }

  /** 发布: every station's and community's scorecard for an ended period, frozen as it stands, and the bottom places warned. */
  async publish(periodCode: string): Promise<PublishPayload> {
    const period = parsePeriodCode(periodCode);
    if (period.to > new Date()) return { published: 0, warnings: 0, errors: [userError('PERIOD_NOT_ENDED', '考核期尚未结束，不能发布', 'period')] };
    if (await this.ctx.em.count(ScorecardEntity, { periodCode: period.code })) {
      return { published: 0, warnings: 0, errors: [userError('PERIOD_ALREADY_PUBLISHED', '该考核期已发布；已发布的结果不再改动', 'period')] };
    }
    const cards = [
      ...(await this.draft(period, ScopeLevel.station)),
      ...(await this.draft(period, ScopeLevel.community)),
      ...(await this.draft(period, ScopeLevel.officer)),
    ];
    const at = new Date();
    const by = this.ctx.claims!.name;
    let warnings = 0;
    try {
      await this.ctx.em.transactional(async (tx) => {
        for (const c of cards) {
          tx.create(ScorecardEntity, {
            id: randomUUID(),
            periodCode: period.code,
            level: c.level,
            scopeId: c.scopeId,
            scopeName: c.name,
            stationId: c.stationId,
            total: c.total,
            rank: c.rank!,
            rankedOf: c.rankedOf!,
            tier: c.tier!,
            lines: c.lines,
            dualTrack: c.dualTrack,
            publishedAt: at,
            publishedBy: by,
          });
        }
        warnings = await issueWarnings(tx, period.code, cards, at);
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        return { published: 0, warnings: 0, errors: [userError('PERIOD_ALREADY_PUBLISHED', '该考核期已发布', 'period')] };
      throw err;
    }
    return { published: cards.length, warnings, errors: [] };
  }

  private async draft(period: Period, level: ScopeLevel): Promise<Scorecard[]> {
    const [facts, { indicators, overrides }, rules, dutyRatings] = await Promise.all([
      this.factsOf(period),
      this.loadCatalogue(),
      this.ctx.em.findOneOrFail(PerformanceRulesEntity, 1),
      level === ScopeLevel.officer ? dutyRatingsOf(this.ctx.em, period.code) : null,
    ]);
    const scopes = scopesOf(facts, level);
    const cards = scopes.map((scope): Scorecard => {
      const { lines, total: computed } = score(applied(indicators, overrides, scope), scope.measures);
      // an officer's computed score is the long line; a duty deputy's score, if any, the short line
      const { total, dualTrack } = dutyRatings ? combineTracks(computed, dutyRatings.get(scope.id) ?? null) : { total: computed, dualTrack: null };
      return {
        period: period.code,
        level,
        scopeId: scope.id,
        name: scope.name,
        stationId: scope.stationId,
        total,
        rank: null,
        rankedOf: null,
        tier: null,
        published: false,
        publishedAt: null,
        lines,
        dualTrack,
      };
    });
    return rank(cards, rules.excellentShare);
  }

  private factsOf(period: Period): Promise<DistrictFacts> {
    let f = this.facts.get(period.code);
    if (!f) {
      f = readDistrictFacts(this.ctx.gateway, this.ctx.em, this.ctx.primary, period);
      this.facts.set(period.code, f);
    }
    return f;
  }

  private loadCatalogue() {
    this.catalogue ??= Promise.all([
      this.ctx.em.find(IndicatorEntity, { active: true }, { orderBy: { code: 'asc' } }),
      this.ctx.em.find(IndicatorOverrideEntity, {}),
    ]).then(([indicators, overrides]) => ({ indicators, overrides }));
    return this.catalogue;
  }
}

/**
 * The places of a level with their measures: a station sums its communities; a full-time officer
 * sums the communities they hold the A post of, with their own time in the community.
 */
function scopesOf(facts: DistrictFacts, level: ScopeLevel): Scope[] {
  const communities = facts.stations.flatMap((s) => s.communities);
  if (level === ScopeLevel.station) {
    return facts.stations.map((s) => ({ level, id: s.id, name: s.name, stationId: s.id, measures: sumMeasures(s.communities.map((c) => c.measures)) }));
  }
  if (level === ScopeLevel.community) return communities.map((c) => ({ level, id: c.id, name: c.name, stationId: c.stationId, measures: c.measures }));
  const officers = new Map<string, { name: string; stationId: string; posts: typeof communities; hours: Measure | null }>();
  for (const c of communities) {
    for (const o of c.aOfficers) {
      const entry = officers.get(o.id) ?? { name: o.name, stationId: c.stationId, posts: [], hours: o.hours };
      entry.posts.push(c);
      officers.set(o.id, entry);
    }
  }
  return [...officers].map(([id, o]) => {
    const measures = sumMeasures(o.posts.map((c) => new Map([...c.measures].filter(([code]) => code !== 'TIME_IN_COMMUNITY'))));
    if (o.hours) measures.set('TIME_IN_COMMUNITY', o.hours);
    return { level, id, name: o.name, stationId: o.stationId, measures };
  });
}

/** The catalogue as it applies to one place: its community's override, else its station's, else the catalogue. */
function applied(indicators: IndicatorEntity[], overrides: IndicatorOverrideEntity[], scope: Scope): AppliedIndicator[] {
  const find = (i: IndicatorEntity, level: ScopeLevel, id: string) => overrides.find((o) => o.indicator.id === i.id && o.level === level && o.scopeId === id);
  return indicators.map((i) => {
    const own = scope.level === ScopeLevel.community ? find(i, ScopeLevel.community, scope.id) : undefined;
    const station = find(i, ScopeLevel.station, scope.stationId);
    const pick = (field: 'target' | 'weight') => Number(own?.[field] ?? station?.[field] ?? i[field]);
    return { code: i.code, name: i.name, kind: i.kind, source: i.source, direction: i.direction, unit: i.unit, target: pick('target'), weight: pick('weight') };
  });
}

/** Ranks by total (ties share a rank; places with nothing to score come last), the top share 优秀. */
function rank(cards: Scorecard[], excellentShare: number): Scorecard[] {
  const sorted = [...cards].sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.name.localeCompare(b.name, 'zh-CN'));
  const excellent = Math.ceil(sorted.length * excellentShare);
  const ranks = tiedRanks(sorted, (c) => c.total);
  return sorted.map((c, i) => ({
    ...c,
    rank: ranks[i]!,
    rankedOf: sorted.length,
    tier: ranks[i]! <= excellent && c.total !== null ? Tier.excellent : Tier.ordinary,
  }));
}

const fromSnapshot = (s: ScorecardEntity): Scorecard => ({
  period: s.periodCode,
  level: s.level,
  scopeId: s.scopeId,
  name: s.scopeName,
  stationId: s.stationId,
  total: s.total,
  rank: s.rank,
  rankedOf: s.rankedOf,
  tier: s.tier,
  published: true,
  publishedAt: s.publishedAt.toISOString(),
  lines: s.lines,
  dualTrack: s.dualTrack ?? null,
});

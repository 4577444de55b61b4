import { ScopeLevel } from '../indicator/override.entity';
import type { Scorecard } from '../scorecard/scorecard.type';
import { WarningKind } from './warning.entity';

export interface WarningDraft {
  level: ScopeLevel;
  scopeId: string;
  scopeName: string;
  stationId: string;
  kind: WarningKind;
  reason: string;
}

const LEVEL = { station: '派出所', community: '社区', officer: '社区民警' } as const;

/**
 * 亮牌警告、约谈提醒、重点督办 from a published ranking: the last place is warned (or, last in
 * the period before as well, put under supervision); the two places above it are called to a
 * talk. Places with nothing to score are not ranked against the others and get nothing.
 */
export function warningsFor(period: string, ranked: Scorecard[], lastBefore: Set<string>): WarningDraft[] {
  const scored = ranked.filter((c) => c.total !== null);
  if (scored.length < 3) return [];
  const worst = Math.max(...scored.map((c) => c.rank!));
  const drafts: WarningDraft[] = [];
  for (const c of scored) {
    const where = `${period} ${LEVEL[c.level]}排名第 ${c.rank} / ${c.rankedOf}（${c.total!.toFixed(2)} 分）`;
    if (c.rank === worst) {
      const twice = lastBefore.has(c.scopeId);
      drafts.push({
        ...placeOf(c),
        kind: twice ? WarningKind.supervision : WarningKind.yellow_card,
        reason: twice ? `${where}，连续两期末位` : `${where}，末位`,
      });
    } else if (c.rank! > worst - 3) {
      drafts.push({ ...placeOf(c), kind: WarningKind.talk, reason: `${where}，排名靠后` });
    }
  }
  return drafts;
}

const placeOf = (c: Scorecard) => ({ level: c.level, scopeId: c.scopeId, scopeName: c.name, stationId: c.stationId });

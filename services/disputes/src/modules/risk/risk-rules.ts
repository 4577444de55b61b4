import { RiskLevel } from '../dispute/dispute.entity';

/** What the escalation-risk rules look at; all of it is on the dispute row. */
export interface RiskFacts {
  riskLevel: RiskLevel;
  repeatCount: number;
  reopenCount: number;
  threatsNoted: boolean;
  violenceHistory: boolean;
  progressDueAt?: Date | null;
  transferDueAt?: Date | null;
}

export interface RiskReason {
  code: string;
  label: string;
  points: number;
}

export type RiskBand = 'low' | 'medium' | 'high';

export interface RiskAssessment {
  score: number;
  band: RiskBand;
  reasons: RiskReason[];
}

const LEVEL_POINTS: Record<RiskLevel, [number, string]> = {
  [RiskLevel.general]: [10, '风险等级一般'],
  [RiskLevel.major]: [25, '风险等级较大'],
  [RiskLevel.serious]: [40, '风险等级重大'],
};

/**
 * 民转刑 risk from transparent rules: every point comes with its reason, so an officer can
 * see why a dispute is red and what would bring it down. Capped at 100.
 */
export function assessRisk(f: RiskFacts, now: Date, highScore = 60): RiskAssessment {
  const reasons: RiskReason[] = [];
  const [levelPoints, levelLabel] = LEVEL_POINTS[f.riskLevel];
  reasons.push({ code: 'RISK_LEVEL', label: levelLabel, points: levelPoints });
  if (f.repeatCount > 0) reasons.push({ code: 'REPEAT', label: `重复报警 ${f.repeatCount} 次`, points: Math.min(30, 15 * f.repeatCount) });
  if (f.reopenCount > 0) reasons.push({ code: 'REOPENED', label: `化解后复发 ${f.reopenCount} 次`, points: Math.min(20, 10 * f.reopenCount) });
  if (f.threatsNoted) reasons.push({ code: 'THREATS', label: '有威胁、扬言等言行', points: 20 });
  if (f.violenceHistory) reasons.push({ code: 'VIOLENCE', label: '有暴力史或肢体冲突', points: 25 });
  if (f.progressDueAt && f.progressDueAt < now) reasons.push({ code: 'PROGRESS_OVERDUE', label: '化解进展逾期未报', points: 10 });
  if (f.transferDueAt && f.transferDueAt < now) reasons.push({ code: 'TRANSFER_OVERDUE', label: '移交逾期未反馈', points: 10 });
  const score = Math.min(
    100,
    reasons.reduce((sum, r) => sum + r.points, 0),
  );
  return { score, band: bandOf(score, highScore), reasons };
}

export const bandOf = (score: number, highScore = 60): RiskBand => (score >= highScore ? 'high' : score >= highScore / 2 ? 'medium' : 'low');

import { beijingMidnight, beijingMoment, beijingToday } from '@cp/calendar';
import { refuse, runningPeriods } from '@cp/service-kit';

/**
 * The rules a survey round is entered by (运用信息化手段避免因人工录入造假): one place, read by the
 * service for a new round and for a correction alike.
 */

/**
 * A round is entered soon after it is held: in the month it was held or the next (a survey at a
 * month's end is filed early in the next), never backdated into a period long reported on.
 */
export function earliestSurveyDate(now = new Date()): string {
  const [y, m] = beijingToday(now).split('-').map(Number) as [number, number];
  const start = beijingMidnight(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1, 1);
  return beijingToday(start);
}

/** The date must be a real day between the earliest allowed and today (Beijing). */
export function checkSurveyDate(surveyedOn: string, now = new Date()): void {
  const parsed = beijingMoment(surveyedOn, '12:00');
  if (Number.isNaN(+parsed) || beijingToday(parsed) !== surveyedOn || surveyedOn > beijingToday(now))
    refuse('SURVEY_DATE', '调查日期无效或晚于今天', 'surveyedOn');
  const earliest = earliestSurveyDate(now);
  if (surveyedOn < earliest) refuse('SURVEY_DATE_TOO_OLD', `调查须在当月或次月录入：最早可录 ${earliest} 的调查`, 'surveyedOn');
}

/** The period codes (week, month, quarter, year) a round held on `surveyedOn` counts in. */
export const periodsOfSurvey = (surveyedOn: string): string[] => runningPeriods(beijingMoment(surveyedOn, '12:00')).map((p) => p.code);

/** A round answers for the community's households: more answers than households is not a sample of them. */
export function checkSample(total: number, households: number): void {
  if (total > households) refuse('SURVEY_SAMPLE', `有效答卷 ${total} 份，超过社区实有户数 ${households} 户，请核对`, 'satisfied');
}

/** The officers of a community (its A, B and auxiliary posts) never enter the survey that judges them. */
export function checkRecorder(officerId: string | undefined, postedHere: string[]): void {
  if (officerId && postedHere.includes(officerId)) refuse('SURVEY_OWN_COMMUNITY', '本社区的民警、辅警不能录入本社区的满意度调查', 'communityId');
}

/** How far a round's rate may stray from the community's recent rounds before it is flagged for checking. */
export const OUTLIER_POINTS = 20;
const OUTLIER_HISTORY = 3;

/**
 * Flags the rounds (oldest first, corrected ones left out) whose rate strays OUTLIER_POINTS or more
 * from the mean of the community's previous rounds (at least two of them): a figure to check, not
 * to refuse, since a bad month can be real.
 */
export function outliers(rounds: Array<{ id: string; rate: number }>): Map<string, string> {
  const flagged = new Map<string, string>();
  rounds.forEach((r, i) => {
    const before = rounds.slice(Math.max(0, i - OUTLIER_HISTORY), i);
    if (before.length < 2) return;
    const mean = before.reduce((n, b) => n + b.rate, 0) / before.length;
    const points = Math.round(Math.abs(r.rate - mean) * 1000) / 10;
    if (points >= OUTLIER_POINTS) flagged.set(r.id, `满意率较前 ${before.length} 轮均值（${(mean * 100).toFixed(1)}%）相差 ${points} 个百分点，请核实`);
  });
  return flagged;
}

import { ENUM_LABELS } from '@cp/web-client';

/** What each standing task asks the officer to do, and which record closes it. */
export const STANDING_ACTION: Record<string, { subject: 'resident' | 'unit' | 'dispute'; kind?: string; verb: string }> = {
  special_visit: { subject: 'resident', kind: 'visit', verb: '走访' },
  care_visit: { subject: 'resident', kind: 'visit', verb: '走访' },
  verification: { subject: 'resident', kind: 'verification', verb: '核查' },
  unit_inspection: { subject: 'unit', kind: 'inspection', verb: '检查' },
  unit_recheck: { subject: 'unit', kind: 'recheck', verb: '复核' },
  dispute_progress: { subject: 'dispute', kind: 'progress', verb: '报告进展' },
  dispute_transfer: { subject: 'dispute', kind: 'progress', verb: '催办移交' },
};

/** The record's verb, whatever its subject (the contract's labels name the usual subject: 核查（人员信息）). */
export const VISIT_VERB: Record<string, string> = { visit: '走访', verification: '核查', inspection: '检查', recheck: '复核' };

export const label = (e: keyof typeof ENUM_LABELS, value: string | null | undefined): string =>
  value ? ((ENUM_LABELS[e] as Record<string, string | undefined>)[value] ?? value) : '—';

const pad = (n: number) => String(n).padStart(2, '0');
/** A moment as Beijing time, short: 12-01 09:30. */
export function shortTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

import { periodBounds } from './periods';

/**
 * Where the records behind a community's line are, in the remote that owns them: the list
 * filtered to what the line counts (the unregistered floating residents, the unfiled rentals…)
 * and, where the owner can say, to the period's records rather than today's.
 */
export function drillDown(code: string, communityId: string, period: string): string | null {
  const c = encodeURIComponent(communityId);
  const bounds = periodBounds(period);
  const reported = bounds ? `&reportedSince=${encodeURIComponent(bounds.from)}&reportedUntil=${encodeURIComponent(bounds.to)}` : '';
  const overdue = bounds ? `&overdueSince=${encodeURIComponent(bounds.from)}&overdueUntil=${encodeURIComponent(bounds.to)}` : '&overdue=1';
  const paths: Record<string, string> = {
    FLOATING_REGISTRATION: `/population/residents?community=${c}&kind=floating&residence=unregistered`,
    RENTAL_REGISTRATION: `/population/housing?community=${c}&use=rented&rentalUnregistered=1`,
    SPECIAL_PERSON_VISITS: `/population/residents?community=${c}&overdue=1`,
    KEY_UNIT_INSPECTIONS: `/population/units`,
    DISPUTES_RESOLVED: `/disputes/ledger?community=${c}${reported}`,
    REPEAT_DISPUTES: `/disputes/ledger?community=${c}&repeat=1${reported}`,
    OVERDUE_DISPUTES: `/disputes/ledger?community=${c}${overdue}`,
    TIME_IN_COMMUNITY: `/staffing/presence`,
    SATISFACTION: `/performance/surveys?community=${c}`,
  };
  // every computed or surveyed indicator is listed above; the rest are entered by hand, with evidence
  return paths[code] ?? `/performance/manual?community=${c}`;
}

export const fmt = (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? '—' : String(Math.round(n * 10 ** digits) / 10 ** digits));

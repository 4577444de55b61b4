export interface Stay {
  checkInAt: Date;
  checkOutAt: Date | null;
}

const HOUR = 3_600_000;

/**
 * Hours in the community within [from, to). A stay never checked out counts until the next
 * check-in or at most `maxStayHours` (and never past `now`): a forgotten check-out is not
 * infinite time. Overlapping stays (two communities at once) are counted once.
 */
export function hoursInCommunity(stays: Stay[], from: Date, to: Date, now: Date, maxStayHours: number): { hours: number; openStays: number } {
  const intervals = endOfStays(stays, now, maxStayHours)
    .map((s): [number, number] => [Math.max(+s.checkInAt, +from), Math.min(+s.checkOutAt!, +to)])
    .filter(([start, end]) => end > start);
  const openStays = stays.filter((s) => !s.checkOutAt).length;
  // merge overlaps so simultaneous check-ins do not double the time
  let total = 0;
  let [curStart, curEnd] = [NaN, NaN];
  for (const [start, end] of intervals.sort((x, y) => x[0] - y[0])) {
    if (Number.isNaN(curStart) || start > curEnd) {
      if (!Number.isNaN(curStart)) total += curEnd - curStart;
      [curStart, curEnd] = [start, end];
    } else curEnd = Math.max(curEnd, end);
  }
  if (!Number.isNaN(curStart)) total += curEnd - curStart;
  return { hours: Math.round((total / HOUR) * 100) / 100, openStays };
}

/**
 * Every stay with the moment it ended: an open one at the next check-in, at most `maxStayHours`,
 * never past `now`. In the stays' own order, so they can be split by kind afterwards.
 */
export function endOfStays(stays: Stay[], now: Date, maxStayHours: number): Stay[] {
  const starts = stays.map((s) => +s.checkInAt).sort((a, b) => a - b);
  return stays.map((s) => {
    if (s.checkOutAt) return s;
    const next = starts.find((t) => t > +s.checkInAt) ?? Infinity;
    return { checkInAt: s.checkInAt, checkOutAt: new Date(Math.min(+s.checkInAt + maxStayHours * HOUR, +now, next)) };
  });
}

/** Scheduled hours in [from, to): the officer's roster shifts, clipped to the window. */
export function scheduledHours(shifts: Array<{ startsAt: Date; endsAt: Date }>, from: Date, to: Date): number {
  const ms = shifts.reduce((sum, s) => sum + Math.max(0, Math.min(+s.endsAt, +to) - Math.max(+s.startsAt, +from)), 0);
  return Math.round((ms / HOUR) * 100) / 100;
}

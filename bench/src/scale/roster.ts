import { stableId } from '@cp/demo-district';
import type { PlannedStation } from './plan';
import type { Columns } from './rows';

const GROUPS = 3;
const DAY_MS = 86_400_000;

/**
 * Duty rosters: each station's community officers in three groups taking turns at a 24-hour
 * shift (08:00 to 08:00 Beijing time, 00:00 UTC). A community's A officer is in group i mod 3 and
 * its B officer in the next, so on any day a third of the communities have their A officer on
 * shift, a third their B officer, and a third fall to the lead of the group on duty: every branch
 * of who-is-on-duty is taken at scale. The turn depends on the day alone (the same for the same
 * seed); shifts run from 30 days before `today` to a year after.
 */
export function rosterRows(seed: string, stations: PlannedStation[], officerOf: (communityId: string, post: 'A' | 'B') => string, today: Date) {
  const groups: Columns = { id: [], station_id: [], name: [], leader_id: [] };
  const members: Columns = { officer_id: [], group_id: [] };
  const shifts: Columns = { id: [], station_id: [], group_id: [], day: [], shift_code: [], shift_name: [], starts_at: [], ends_at: [] };
  const firstDay = Math.floor(today.getTime() / DAY_MS) - 30;
  for (const s of stations) {
    const ids = Array.from({ length: GROUPS }, (_, k) => stableId(seed, 'group', s.id, String(k)));
    const inGroup: string[][] = ids.map(() => []);
    s.communities.forEach((c, i) => {
      inGroup[i % GROUPS]!.push(officerOf(c.id, 'A'));
      inGroup[(i + 1) % GROUPS]!.push(officerOf(c.id, 'B'));
    });
    ids.forEach((id, k) => {
      if (!inGroup[k]!.length) return;
      groups.id!.push(id);
      groups.station_id!.push(s.id);
      groups.name!.push(`第${k + 1}警组`);
      groups.leader_id!.push(inGroup[k]![0]);
      for (const officer of inGroup[k]!) {
        members.officer_id!.push(officer);
        members.group_id!.push(id);
      }
    });
    for (let day = firstDay; day < firstDay + 30 + 366; day++) {
      const k = day % GROUPS;
      if (!inGroup[k]!.length) continue;
      const startsAt = new Date(day * DAY_MS);
      shifts.id!.push(stableId(seed, 'shift', s.id, String(day)));
      shifts.station_id!.push(s.id);
      shifts.group_id!.push(ids[k]);
      shifts.day!.push(startsAt.toISOString().slice(0, 10));
      shifts.shift_code!.push('D24');
      shifts.shift_name!.push('24小时值班');
      shifts.starts_at!.push(startsAt);
      shifts.ends_at!.push(new Date(startsAt.getTime() + DAY_MS));
    }
  }
  return { groups, members, shifts };
}

/** One community's posts, and who of the station is on shift at the moment asked about. */
export interface DutySituation {
  posts: Array<{ role: 'A' | 'B' | 'AUX'; officerId: string }>;
  /** Whether the station has any roster shift covering the moment. */
  stationRostered: boolean;
  /** Officers whose group is on shift at the moment. */
  onShift: ReadonlySet<string>;
  /** Leaders of the groups on shift at the moment (the station's on-duty group leads). */
  onDutyLeaders: string[];
}

export interface DutyAnswer {
  officerId: string;
  basis: string;
}

/**
 * Who answers for a community at a moment: the A-role officer if on shift, else the B-role
 * officer if on shift, else the station's on-duty group lead. A station without a roster for
 * that moment falls back to the posts alone (A, else B), and says so.
 */
export function resolveDuty(s: DutySituation): DutyAnswer | null {
  const a = s.posts.find((p) => p.role === 'A')?.officerId;
  const b = s.posts.find((p) => p.role === 'B')?.officerId;
  if (!s.stationRostered) {
    if (a) return { officerId: a, basis: 'A 岗（主责）民警（本所此时未排班）' };
    if (b) return { officerId: b, basis: 'B 岗民警（A 岗空缺，本所此时未排班）' };
    return null;
  }
  if (a && s.onShift.has(a)) return { officerId: a, basis: 'A 岗（主责）民警在班' };
  if (b && s.onShift.has(b)) return { officerId: b, basis: a ? 'A 岗不在班，B 岗民警在班' : 'A 岗空缺，B 岗民警在班' };
  const lead = s.onDutyLeaders[0];
  if (lead) return { officerId: lead, basis: 'A、B 岗均不在班，由本所值班组长负责' };
  if (a) return { officerId: a, basis: 'A 岗（主责）民警（此时无人在班）' };
  return b ? { officerId: b, basis: 'B 岗民警（此时无人在班）' } : null;
}

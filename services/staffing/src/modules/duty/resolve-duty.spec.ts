import { describe, expect, it } from 'vitest';
import { resolveDuty } from './resolve-duty';

const posts = [
  { role: 'A' as const, officerId: 'a' },
  { role: 'B' as const, officerId: 'b' },
];

describe('who is on duty for a community', () => {
  it('is the A-role officer when on shift', () => {
    expect(resolveDuty({ posts, stationRostered: true, onShift: new Set(['a', 'b']), onDutyLeaders: ['lead'] })).toEqual({
      officerId: 'a',
      basis: 'A 岗（主责）民警在班',
    });
  });

  it('is the B-role officer when A is off shift', () => {
    expect(resolveDuty({ posts, stationRostered: true, onShift: new Set(['b']), onDutyLeaders: ['lead'] })?.officerId).toBe('b');
  });

  it("is the station's on-duty group lead when neither is on shift", () => {
    expect(resolveDuty({ posts, stationRostered: true, onShift: new Set(['x']), onDutyLeaders: ['lead'] })).toEqual({
      officerId: 'lead',
      basis: 'A、B 岗均不在班，由本所值班组长负责',
    });
  });

  it('falls back to the posts when the station has no roster for the moment, and says so', () => {
    expect(resolveDuty({ posts, stationRostered: false, onShift: new Set(), onDutyLeaders: [] })?.basis).toContain('未排班');
    expect(resolveDuty({ posts: [posts[1]], stationRostered: false, onShift: new Set(), onDutyLeaders: [] })?.officerId).toBe('b');
    expect(resolveDuty({ posts: [], stationRostered: false, onShift: new Set(), onDutyLeaders: [] })).toBeNull();
  });
});

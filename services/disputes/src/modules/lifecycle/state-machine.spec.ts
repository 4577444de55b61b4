import { describe, expect, it } from 'vitest';
import { DisputeStatus as S } from '../dispute/dispute.entity';
import { actionsFrom, checkTransition, DisputeAction as A } from './state-machine';

/** The whole table, written out by hand: every (state, action) pair either lands here or is refused. */
const LEGAL: Array<[S, A, S]> = [
  [S.registered, A.assess, S.assessed],
  [S.assessed, A.start_mediation, S.in_mediation],
  [S.assessed, A.transfer, S.transferred],
  [S.assessed, A.escalate, S.escalated],
  [S.in_mediation, A.resolve, S.resolved],
  [S.in_mediation, A.transfer, S.transferred],
  [S.in_mediation, A.escalate, S.escalated],
  [S.transferred, A.transfer_resolved, S.resolved],
  [S.transferred, A.transfer_returned, S.in_mediation],
  [S.resolved, A.reopen, S.registered],
];

const ALL_STATES = Object.values(S);
const ALL_ACTIONS = Object.values(A);

describe('the dispute lifecycle', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(checkTransition(from, action)).toEqual({ ok: true, to });
  });

  const illegal = ALL_STATES.flatMap((s) => ALL_ACTIONS.map((a): [S, A] => [s, a])).filter(([s, a]) => !LEGAL.some(([f, x]) => f === s && x === a));

  it('refuses the other pairs, all of them', () => {
    expect(illegal).toHaveLength(ALL_STATES.length * ALL_ACTIONS.length - LEGAL.length);
  });

  it.each(illegal)('refuses %s --%s--> with a coded Chinese reason', (from, action) => {
    const result = checkTransition(from, action);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('DISPUTE_ILLEGAL_TRANSITION');
      expect(result.message).toMatch(/^纠纷当前状态为「.+」，不能「.+」/);
    }
  });

  it('offers exactly the legal actions of each state', () => {
    for (const s of ALL_STATES) {
      expect(actionsFrom(s).sort()).toEqual(
        LEGAL.filter(([f]) => f === s)
          .map(([, a]) => a)
          .sort(),
      );
    }
  });

  it('lets no dispute out of escalation, which is for the case team', () => {
    expect(actionsFrom(S.escalated)).toEqual([]);
  });
});

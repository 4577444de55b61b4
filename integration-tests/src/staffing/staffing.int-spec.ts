import { demoStaffing, demoStations, stableId } from '@cp/demo-district';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { loginAs, testDatabaseName } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typedGateway } from '../gateway';
import { graphql } from '../gql';
import type { RestrictedDuty } from '../gql/graphql';

/*
 * Staffing through the gateway on the whole platform: rosters and who is on duty, the four
 * prohibitions, transfers, time in the community, and the staffing ratios (population's counts).
 */

const stations = demoStations(10);
const [qianmen, dongsi] = stations;
const staffing = demoStaffing(stations);
const postOf = (communityId: string, role: 'A' | 'B') => staffing.posts.find((p) => p.communityId === communityId && p.role === role)!.officerId;
const fullTimeOf = (stationId: string) => staffing.officers.filter((o) => o.stationId === stationId && o.role === 'community_full_time');

let platform: InProcessPlatform;
let admin: Record<string, string>;
let head: Record<string, string>;
let officer: Record<string, string>;
const sql = (query: string, params: unknown[] = []) => platform.orms.staffing.em.getConnection().execute(query, params);
const { call, send } = typedGateway(() => platform.gatewayUrl);

const GENERATE = graphql(`
  mutation GenerateRoster($i: GenerateRosterInput!) {
    generateRoster(input: $i) {
      created
      keptEdited
      errors {
        code
        message
        field
      }
    }
  }
`);
const DUTY = graphql(`
  query DutyOfficer($c: ID!, $at: String) {
    community(id: $c) {
      dutyOfficer(at: $at) {
        officer {
          id
        }
        basis
      }
    }
  }
`);
const groupsOf = async (stationId: string) =>
  (
    await call(
      admin,
      graphql(`
        query PoliceGroups($s: ID!) {
          policeGroups(stationId: $s) {
            id
            name
            leader {
              id
            }
            members {
              id
            }
          }
        }
      `),
      { s: stationId },
    )
  ).policeGroups;

beforeAll(async () => {
  platform = await startPlatformInProcess({
    serverUrl: inject('pgServerUrl'),
    databasePrefix: testDatabaseName('staffing_platform'),
    residentsPerCommunity: 10,
  });
  admin = await loginAs(platform.gatewayUrl, 'admin', 'Admin@2026');
  head = await loginAs(platform.gatewayUrl, 'qianmen', 'Qianmen@2026');
  officer = await loginAs(platform.gatewayUrl, 'dongsi', 'Dongsi@2026');
});
afterAll(() => platform?.stop());

describe('rosters and who is on duty', () => {
  it('generates a month from a pattern across the year boundary, keeping hand-edited shifts', async () => {
    const groups = await groupsOf(dongsi.id);
    const input = { stationId: dongsi.id, patternCode: 'four_groups_three_shifts', from: '2026-12-15', to: '2027-01-14', groupIds: groups.map((g) => g.id) };
    expect((await call(admin, GENERATE, { i: input })).generateRoster).toEqual({ created: 31 * 3, keptEdited: 0, errors: [] });
    const { roster } = await call(
      admin,
      graphql(`
        query RosterAtNewYear($s: ID!) {
          roster(stationId: $s, from: "2026-12-31", to: "2027-01-01") {
            id
            version
            day
            shiftCode
            group {
              id
            }
          }
        }
      `),
      {
        s: dongsi.id,
      },
    );
    expect(roster).toHaveLength(6);
    const EDIT = graphql(`
      mutation EditRosterShift($i: EditRosterShiftInput!) {
        editRosterShift(input: $i) {
          shift {
            edited
            group {
              id
            }
          }
          errors {
            code
          }
        }
      }
    `);
    const edited = await call(admin, EDIT, {
      i: { id: roster[0].id, version: roster[0].version, groupId: groups.find((g) => g.id !== roster[0].group.id)!.id, note: '换班' },
    });
    expect(edited.editRosterShift.shift!.edited).toBe(true);
    expect((await call(admin, GENERATE, { i: input })).generateRoster).toEqual({ created: 31 * 3 - 1, keptEdited: 1, errors: [] });
  });

  it('refuses a roster that does not fit the pattern, and refuses community officers', async () => {
    const groups = await groupsOf(dongsi.id);
    const wrong = await call(admin, GENERATE, {
      i: { stationId: dongsi.id, patternCode: 'three_groups_two_shifts', from: '2027-02-01', to: '2027-02-28', groupIds: groups.map((g) => g.id) },
    });
    expect(wrong.generateRoster.errors[0]).toMatchObject({ code: 'ROSTER_GROUP_COUNT', field: 'groupIds' });
    const res = await send(officer, GENERATE, {
      i: { stationId: dongsi.id, patternCode: 'four_groups_three_shifts', from: '2027-02-01', to: '2027-02-02', groupIds: [] },
    });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHORIZED');
  });

  it('resolves the duty officer at edge times: A on shift, else B, else the on-duty group lead, across midnight', async () => {
    const community = qianmen.communities[0];
    const [a, b] = [postOf(community.id, 'A'), postOf(community.id, 'B')];
    const groups = await groupsOf(qianmen.id);
    const groupOf = (id: string) => groups.find((g) => g.members.some((m) => m.id === id))!;
    const [ga, gb] = [groupOf(a), groupOf(b)];
    const third = groups.find((g) => g !== ga && g !== gb)!;
    expect(new Set([ga.id, gb.id, third.id]).size).toBe(3);
    // 三班两运转 on 2027-03-01.. with the order [third, gb, ga]: the cycle (main, deputy, off) starts
    // for group k on day k, counted from 2026-01-01. Rather than recompute it, read the roster back.
    const gen = await call(head, GENERATE, {
      i: { stationId: qianmen.id, patternCode: 'three_groups_two_shifts', from: '2027-03-01', to: '2027-03-10', groupIds: [third.id, gb.id, ga.id] },
    });
    expect(gen.generateRoster.errors).toEqual([]);
    const { roster } = await call(
      head,
      graphql(`
        query RosterInMarch($s: ID!) {
          roster(stationId: $s, from: "2027-03-01", to: "2027-03-10") {
            day
            shiftCode
            startsAt
            endsAt
            group {
              id
            }
          }
        }
      `),
      { s: qianmen.id },
    );
    const onAt = (t: Date) => roster.filter((s) => +new Date(s.startsAt) <= +t && +t < +new Date(s.endsAt)).map((s) => s.group.id);
    const duty = async (t: Date) => (await call(admin, DUTY, { c: community.id, at: t.toISOString() })).community!.dutyOfficer;

    // pick moments by what the roster says, then check the answer follows the rule
    const main = (groupId: string) => roster.find((s) => s.group.id === groupId && s.shiftCode === 'main' && s.day >= '2027-03-02')!;
    const aMain = main(ga.id);
    const atStart = new Date(aMain.startsAt); // 08:00 sharp: A's group starts
    expect(onAt(atStart)).toContain(ga.id);
    expect(await duty(atStart)).toEqual({ officer: { id: a }, basis: 'A 岗（主责）民警在班' });
    const overnight = new Date(+atStart + 18 * 3_600_000); // 02:00 next day, still A's 24-hour main shift
    expect(await duty(overnight)).toMatchObject({ officer: { id: a } });
    // the evening after: A's group has done its 24-hour main and its deputy day (08:00–20:00) and rests
    const aDeputy = roster.find((s) => s.group.id === ga.id && s.shiftCode === 'deputy' && s.startsAt >= aMain.endsAt)!;
    const evening = new Date(aDeputy.endsAt); // 20:00 sharp: the deputy shift has ended (end exclusive)
    expect(onAt(new Date(+evening - 1000))).toContain(ga.id);
    expect(onAt(evening)).not.toContain(ga.id);
    const onDuty = groups.filter((g) => onAt(evening).includes(g.id));
    expect(await duty(evening)).toMatchObject(onDuty.some((g) => g.id === gb.id) ? { officer: { id: b } } : { officer: { id: onDuty[0].leader!.id } });

    // a night when neither A's nor B's group is on: the on-duty group's leader answers
    const thirdMain = main(third.id);
    const night = new Date(+new Date(thirdMain.startsAt) + 14 * 3_600_000); // 22:00: only the main group is on
    expect(onAt(night)).toEqual([third.id]);
    expect(await duty(night)).toEqual({ officer: { id: third.leader!.id }, basis: 'A、B 岗均不在班，由本所值班组长负责' });
  });

  it('falls back to the posts where there is no roster, and says so', async () => {
    const community = dongsi.communities[1];
    const d = (await call(admin, DUTY, { c: community.id, at: '2030-06-01T12:00:00+08:00' })).community!.dutyOfficer;
    expect(d).toEqual({ officer: { id: postOf(community.id, 'A') }, basis: 'A 岗（主责）民警（本所此时未排班）' });
  });
});

describe('the four prohibitions', () => {
  const ASSIGN = graphql(`
    mutation AssignDuty($i: AssignDutyInput!) {
      assignDuty(input: $i) {
        assignment {
          id
          approvalId
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  const REQUEST = graphql(`
    mutation RequestApproval($i: RequestApprovalInput!) {
      requestApproval(input: $i) {
        approval {
          id
          version
          status
          validUntil
        }
        errors {
          code
          message
        }
      }
    }
  `);
  const DECIDE = graphql(`
    mutation DecideApproval($i: DecideApprovalInput!) {
      decideApproval(input: $i) {
        approval {
          status
          decidedBy
        }
        errors {
          code
          message
        }
      }
    }
  `);
  const window = { startsAt: '2027-04-01T09:00:00+08:00', endsAt: '2027-04-01T17:00:00+08:00' };

  it.each<[RestrictedDuty, 'none', string, string]>([
    ['patrol_car', 'none', 'PROHIBITED_PATROL_CAR', '巡逻车'],
    ['regular_duty', 'none', 'PROHIBITED_REGULAR_DUTY', '常态勤务'],
    ['casework', 'none', 'PROHIBITED_CASEWORK', '办案'],
  ])('refuses %s for a full-time community officer without approval, naming the rule', async (kind, reinforcement, code, words) => {
    const target = fullTimeOf(qianmen.id)[0];
    const { assignDuty } = await call(head, ASSIGN, { i: { officerId: target.id, kind, reinforcement, ...window } });
    expect(assignDuty.assignment).toBeNull();
    expect(assignDuty.errors[0]).toMatchObject({ code, field: 'kind' });
    expect(assignDuty.errors[0].message).toContain('四不准');
    expect(assignDuty.errors[0].message).toContain(words);
  });

  it('allows level-one reinforcement, and duties for officers the rules do not cover', async () => {
    const target = fullTimeOf(qianmen.id)[0];
    expect((await call(head, ASSIGN, { i: { officerId: target.id, kind: 'regular_duty', reinforcement: 'level_one', ...window } })).assignDuty.errors).toEqual(
      [],
    );
    const lead = staffing.officers.find((o) => o.stationId === qianmen.id && o.role === 'community_team_lead')!;
    expect((await call(head, ASSIGN, { i: { officerId: lead.id, kind: 'patrol_car', ...window } })).assignDuty.errors).toEqual([]);
  });

  it("accepts a restricted duty inside an approval's validity, and refuses it after expiry", async () => {
    const target = fullTimeOf(qianmen.id)[1];
    const req = (
      await call(head, REQUEST, {
        i: {
          officerId: target.id,
          kind: 'casework',
          reason: '重大案件专班需要熟悉社区情况的民警',
          validFrom: '2027-04-01T00:00:00+08:00',
          validUntil: '2027-04-03T00:00:00+08:00',
        },
      })
    ).requestApproval;
    expect(req.approval!.status).toBe('pending');
    expect((await call(head, ASSIGN, { i: { officerId: target.id, kind: 'casework', ...window } })).assignDuty.errors[0].code).toBe('PROHIBITED_CASEWORK');
    const decided = await call(head, DECIDE, { i: { id: req.approval!.id, version: req.approval!.version, approve: true, note: '同意，限两天' } });
    expect(decided.decideApproval.approval).toEqual({ status: 'approved', decidedBy: '前门派出所所长' });
    const ok = (await call(head, ASSIGN, { i: { officerId: target.id, kind: 'casework', ...window } })).assignDuty;
    expect(ok.assignment!.approvalId).toBe(req.approval!.id);
    const late = { startsAt: '2027-04-05T09:00:00+08:00', endsAt: '2027-04-05T17:00:00+08:00' };
    expect((await call(head, ASSIGN, { i: { officerId: target.id, kind: 'casework', ...late } })).assignDuty.errors[0].code).toBe('PROHIBITED_CASEWORK');
    const { approvals } = await call(
      head,
      graphql(`
        query ApprovedTrails {
          approvals(status: approved) {
            id
            kind
            trail {
              action
              actorName
            }
          }
        }
      `),
    );
    expect(approvals.find((a) => a.id === req.approval!.id)!.trail.map((t) => t.action)).toEqual(['requested', 'approved', 'used']);
  });

  it('refuses a transfer without approval, and one that leaves a community without an A-role officer (先补充、后调离)', async () => {
    const community = qianmen.communities[2];
    const a = postOf(community.id, 'A');
    const other = fullTimeOf(qianmen.id).find((o) => o.id !== a && o.id !== postOf(community.id, 'B'))!;
    const POST = graphql(`
      mutation AssignCommunityPost($i: AssignPostInput!) {
        assignCommunityPost(input: $i) {
          ok
          errors {
            code
            message
          }
        }
      }
    `);
    expect((await call(head, POST, { i: { communityId: community.id, role: 'A', officerId: other.id } })).assignCommunityPost.errors[0].code).toBe(
      'PROHIBITED_TRANSFER',
    );

    const noReplacement = (await call(head, REQUEST, { i: { officerId: a, kind: 'transfer', reason: '调往案件队', toRole: 'case_team' } })).requestApproval
      .approval!;
    const refused = await call(head, DECIDE, { i: { id: noReplacement.id, version: noReplacement.version, approve: true } });
    expect(refused.decideApproval.errors[0]).toMatchObject({ code: 'TRANSFER_REPLACEMENT_REQUIRED', message: expect.stringContaining('先补充、后调离') });
    expect(await sql("select officer_id from community_post where community_id = ? and role = 'A'", [community.id])).toEqual([{ officer_id: a }]);

    const withReplacement = (
      await call(head, REQUEST, { i: { officerId: a, kind: 'transfer', reason: '调往案件队', toRole: 'case_team', replacementOfficerId: other.id } })
    ).requestApproval.approval!;
    expect((await call(head, DECIDE, { i: { id: withReplacement.id, version: withReplacement.version, approve: true } })).decideApproval.errors).toEqual([]);
    expect(await sql("select officer_id from community_post where community_id = ? and role = 'A'", [community.id])).toEqual([{ officer_id: other.id }]);
    expect(await sql('select count(*)::int as n from community_post where officer_id = ?', [a])).toEqual([{ n: 0 }]);
    const [history] = await sql('select ended_at, reason from post_history where officer_id = ? and community_id = ?', [a, community.id]);
    expect(history.reason).toBe('调离');
    expect(history.ended_at).not.toBeNull();
    await expect(sql("update approval_event set note = 'x'")).rejects.toThrow(/append-only/);
  });
});

describe('time in the community', () => {
  it('sums check-ins per officer and week against the target, a forgotten check-out capped', async () => {
    const me = postOf(dongsi.communities[0].id, 'A');
    const stay = (i: number, from: string, to: string | null, inBoundary: boolean | null = true) =>
      sql('insert into community_presence (id, officer_id, community_id, check_in_at, check_out_at, source, in_boundary) values (?, ?, ?, ?, ?, ?, ?)', [
        stableId('test-presence', i),
        me,
        dongsi.communities[0].id,
        from,
        to,
        inBoundary === null ? 'console' : 'phone',
        inBoundary,
      ]);
    // the week of 2026-03-02 (Mon) .. 03-09, long before the demo's check-ins (the last 120 days): 8 + 8 + 8 + 10 (never checked out: capped) = 34 h of 40
    await stay(1, '2026-03-02T08:30:00+08:00', '2026-03-02T16:30:00+08:00');
    await stay(2, '2026-03-03T08:30:00+08:00', '2026-03-03T16:30:00+08:00');
    await stay(3, '2026-03-04T08:30:00+08:00', '2026-03-04T16:30:00+08:00');
    await stay(4, '2026-03-05T08:30:00+08:00', null);
    // self-declared at the desk (no position): shown apart, not in the share; outside the boundary: kept, marked, not counted
    await stay(5, '2026-03-06T08:30:00+08:00', '2026-03-06T12:30:00+08:00', null);
    await stay(6, '2026-03-07T08:30:00+08:00', '2026-03-07T10:00:00+08:00', false);
    const { officer: o } = await call(
      admin,
      graphql(`
        query WeekInCommunity($id: ID!) {
          officer(id: $id) {
            timeInCommunity(from: "2026-03-02T00:00:00+08:00", to: "2026-03-09T00:00:00+08:00") {
              hours
              declaredHours
              outsideCheckIns
              workingHours
              share
              target
              meetsTarget
              openStays
            }
          }
        }
      `),
      {
        id: me,
      },
    );
    expect(o!.timeInCommunity).toEqual({
      hours: 34,
      declaredHours: 4,
      outsideCheckIns: 1,
      workingHours: 40,
      share: 0.85,
      target: 0.9, // the demo is 东城: 90 %, above the texts' 80 %
      meetsTarget: false,
      openStays: 1,
    });
  });

  it('keeps the targets as district settings, changed by the district admin only, never below the texts', async () => {
    const RULES = graphql(`
      query StaffingRules {
        staffingRules {
          fullTimeShare
          partTimeShare
          version
        }
      }
    `);
    const UPDATE = graphql(`
      mutation UpdateStaffingRules($i: UpdateStaffingRulesInput!) {
        updateStaffingRules(input: $i) {
          rules {
            fullTimeShare
            version
          }
          errors {
            code
            field
          }
        }
      }
    `);
    const before = (await call(head, RULES)).staffingRules;
    expect(before).toMatchObject({ fullTimeShare: 0.9, partTimeShare: 0.4 });
    const input = {
      fullTimeShare: 0.9,
      partTimeShare: 0.4,
      locatedRecordMinutes: 30,
      maxStayHours: 10,
      standardWeekHours: 40,
      residentsPerOfficer: 3000,
      householdsPerOfficer: 1000,
      communityPoliceShare: 0.4,
      version: before.version,
    };
    expect((await send(head, UPDATE, { i: input })).errors?.[0].extensions?.code).toBe('UNAUTHORIZED');
    expect((await call(admin, UPDATE, { i: { ...input, fullTimeShare: 0.7 } })).updateStaffingRules.errors).toEqual([
      { code: 'STAFFING_RULE_RANGE', field: 'fullTimeShare' },
    ]);
    const changed = (await call(admin, UPDATE, { i: { ...input, fullTimeShare: 0.85 } })).updateStaffingRules;
    expect(changed).toEqual({ rules: { fullTimeShare: 0.85, version: before.version + 1 }, errors: [] });
    // another admin's form, read before the change: refused, not overwritten
    expect((await call(admin, UPDATE, { i: { ...input, fullTimeShare: 0.95 } })).updateStaffingRules.errors).toEqual([
      { code: 'STALE_VERSION', field: 'version' },
    ]);
    const back = (await call(admin, UPDATE, { i: { ...input, version: before.version + 1 } })).updateStaffingRules;
    expect(back.rules!.fullTimeShare).toBe(0.9);
  });

  it('lets an officer check in only where they are posted, closing a stay left open', async () => {
    const CHECK_IN = graphql(`
      mutation CheckIn($c: ID!) {
        checkInCommunity(communityId: $c, source: phone) {
          presence {
            id
            checkOutAt
          }
          errors {
            code
          }
        }
      }
    `);
    expect((await call(officer, CHECK_IN, { c: qianmen.communities[0].id })).checkInCommunity.errors[0].code).toBe('NOT_POSTED_HERE');
    const first = (await call(officer, CHECK_IN, { c: dongsi.communities[0].id })).checkInCommunity.presence!;
    await call(officer, CHECK_IN, { c: dongsi.communities[0].id });
    const [closed] = await sql('select closure from community_presence where id = ?', [first.id]);
    expect(closed.closure).toBe('next_check_in');
    expect(
      (
        await call(
          officer,
          graphql(`
            mutation CheckOut {
              checkOutCommunity {
                presence {
                  checkOutAt
                }
                errors {
                  code
                }
              }
            }
          `),
        )
      ).checkOutCommunity.presence!.checkOutAt,
    ).not.toBeNull();
  });
});

describe('staffing ratios', () => {
  it('compares officers and auxiliaries with residents and households read from population, and shows gaps', async () => {
    const { staffingReport } = await call(
      admin,
      graphql(`
        query StaffingRatios($s: ID!) {
          staffingReport(stationId: $s) {
            stations {
              station {
                name
              }
              swornOfficers
              communityPolice
              communityPoliceShare
              meetsShare
            }
            communities {
              community {
                id
                name
              }
              residents
              households
              communityOfficers
              auxiliaries
              requiredAuxiliaries
              auxiliaryGap
              hasAPost
              hasGap
            }
          }
        }
      `),
      { s: dongsi.id },
    );
    const [row] = await platform.orms.population.em
      .getConnection()
      .execute('select count(*)::int as residents, count(distinct address_id)::int as households from resident where community_id = ?', [
        dongsi.communities[4].id,
      ]);
    const fifth = staffingReport.communities.find((c) => c.community.id === dongsi.communities[4].id);
    expect(fifth).toMatchObject({
      residents: row.residents,
      households: row.households,
      auxiliaries: 1,
      requiredAuxiliaries: 2,
      auxiliaryGap: 1,
      hasGap: true,
      hasAPost: true,
    });
    const first = staffingReport.communities.find((c) => c.community.id === dongsi.communities[0].id);
    expect(first).toMatchObject({ communityOfficers: 2, auxiliaries: 2, hasGap: false, community: { name: dongsi.communities[0].name } });
    const [station] = staffingReport.stations;
    const sworn = staffing.officers.filter((o) => o.stationId === dongsi.id);
    expect(station).toMatchObject({ station: { name: dongsi.name }, swornOfficers: sworn.length, communityPolice: sworn.length - 1, meetsShare: true });
  });
});

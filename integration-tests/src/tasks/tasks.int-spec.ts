import { demoStaffing, demoStations, stableId } from '@cp/demo-district';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { beijingMoment, beijingToday } from '@cp/calendar';
import { weekOf } from '@cp/service-kit';
import { loginAs, testDatabaseName } from '@cp/testkit';
import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typedGateway } from '../gateway';
import { graphql } from '../gql';
import { partnerHeaders } from '../partners/partner-token';
import type { TaskInput } from '../gql/graphql';

/*
 * Tasks through the gateway on the whole platform: the district's template catalogue, the
 * admission gate for departments' pushes (decided by someone other than the requester),
 * directed tasks from the station, one inbox per officer, and tasks closed only by the record
 * their template names (a visit in population) or a written report.
 */

const stations = demoStations(10);
const dongsi = stations[1];
const staffing = demoStaffing(stations);
const dongsiOfficer = staffing.posts.find((p) => p.communityId === dongsi.communities[0].id && p.role === 'A')!.officerId;
const resident = stableId('resident', dongsi.communities[0].id, 4);

let platform: InProcessPlatform;
let admin: Record<string, string>;
let admin2: Record<string, string>;
let head: Record<string, string>;
let officer: Record<string, string>;
const { call, send } = typedGateway(() => platform.gatewayUrl);

graphql(`
  fragment TaskResult on TaskPayload {
    task {
      id
      way
      status
      templateCode
      officerId
      issuerName
      departmentCode
      dueAt
      recordId
      report
      version
    }
    errors {
      code
      message
      field
    }
  }
`);
const PUSH = graphql(`
  mutation PushTask($d: String!, $i: TaskInput!) {
    pushTask(departmentCode: $d, input: $i) {
      ...TaskResult
    }
  }
`);
const ISSUE = graphql(`
  mutation IssueTask($i: TaskInput!) {
    issueTask(input: $i) {
      ...TaskResult
    }
  }
`);
const COMPLETE = graphql(`
  mutation CompleteTask($i: CompleteTaskInput!) {
    completeTask(input: $i) {
      ...TaskResult
    }
  }
`);
const REQUEST = graphql(`
  mutation RequestAdmission($i: RequestAdmissionInput!) {
    requestTaskAdmission(input: $i) {
      admission {
        id
        version
        status
      }
      errors {
        code
        field
      }
    }
  }
`);
const DECIDE = graphql(`
  mutation DecideAdmission($i: DecideAdmissionInput!) {
    decideTaskAdmission(input: $i) {
      admission {
        status
        inForce
        decidedByName
        expiresAt
      }
      errors {
        code
        field
      }
    }
  }
`);
const INBOX = graphql(`
  query Inbox {
    taskInbox {
      open
      dueToday
      overdue
      done
      tasks {
        id
        title
        status
        way
        issuerName
        overdue
      }
      standing {
        id
      }
    }
  }
`);

const visitCheck = (title: string): TaskInput => ({
  templateCode: 'resident_check',
  officerId: dongsiOfficer,
  title,
  subjectType: 'resident',
  subjectId: resident,
});

beforeAll(async () => {
  platform = await startPlatformInProcess({ serverUrl: inject('pgServerUrl'), databasePrefix: testDatabaseName('tasks'), residentsPerCommunity: 6 });
  admin = await loginAs(platform.gatewayUrl, 'admin', 'Admin@2026');
  head = await loginAs(platform.gatewayUrl, 'qianmen', 'Qianmen@2026');
  officer = await loginAs(platform.gatewayUrl, 'dongsi', 'Dongsi@2026');
  const created = await call(
    admin,
    graphql(`
      mutation SecondAdmin($i: CreateAccountInput!) {
        createAccount(input: $i) {
          errors {
            code
          }
        }
      }
    `),
    { i: { username: 'admin2', displayName: '分局副管理员', password: 'Admin2of2026', roles: ['district_admin'] } },
  );
  expect(created.createAccount.errors).toEqual([]);
  admin2 = await loginAs(platform.gatewayUrl, 'admin2', 'Admin2of2026');
});
afterAll(() => platform?.stop());

describe('the admission gate (准入)', () => {
  it('keeps the catalogue, and refuses a push of a template the district has not admitted, counting it', async () => {
    const { taskTemplates } = await call(
      officer,
      graphql(`
        query Templates {
          taskTemplates {
            code
            ways
            doneBy
            prohibitedReason
          }
        }
      `),
    );
    expect(taskTemplates.map((t) => t.code)).toEqual(['casework_quota', 'resident_check', 'situation_report', 'unit_safety_check']);
    const refused = (await call(admin, PUSH, { d: 'POPULATION', i: visitCheck('核查流动人口居住情况') })).pushTask;
    expect(refused.task).toBeNull();
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'TASK_NOT_ADMITTED', field: 'templateCode' })]);
    expect(refused.errors[0]!.message).toMatch(/未经分局准入/);
  });

  it('refuses a casework quota for a full-time community officer outright, admitted or not (四不准)', async () => {
    const quota = await call(admin, PUSH, {
      d: 'CRIMINAL_INVESTIGATION',
      i: { templateCode: 'casework_quota', officerId: dongsiOfficer, title: '本季度抓捕逃犯 2 名' },
    });
    expect(quota.pushTask.errors[0]).toMatchObject({ code: 'TASK_PROHIBITED', message: expect.stringContaining('四不准') });
  });

  it('admits a template for a department only by another administrator, and then lets its push through', async () => {
    const asked = (
      await call(admin, REQUEST, { i: { templateCode: 'resident_check', departmentCode: 'POPULATION', reason: '流动人口居住登记到期前需上门核查' } })
    ).requestTaskAdmission.admission!;
    const self = await call(admin, DECIDE, { i: { id: asked.id, version: asked.version, approve: true, note: '同意' } });
    expect(self.decideTaskAdmission.errors).toEqual([{ code: 'ADMISSION_SELF_DECISION', field: 'id' }]);
    const until = new Date(Date.now() + 90 * 86_400_000).toISOString();
    const decided = await call(admin2, DECIDE, { i: { id: asked.id, version: asked.version, approve: true, note: '同意，限一季度', expiresAt: until } });
    expect(decided.decideTaskAdmission.admission).toMatchObject({ status: 'approved', inForce: true, decidedByName: '分局副管理员' });

    const pushed = (await call(admin, PUSH, { d: 'POPULATION', i: visitCheck('核查流动人口居住情况') })).pushTask;
    expect(pushed.errors).toEqual([]);
    expect(pushed.task).toMatchObject({ way: 'pushed', status: 'open', departmentCode: 'POPULATION', officerId: dongsiOfficer });
    // another department has no admission of its own
    expect((await call(admin, PUSH, { d: 'PUBLIC_ORDER', i: visitCheck('治安核查') })).pushTask.errors[0]!.code).toBe('TASK_NOT_ADMITTED');
  });

  it('counts every push per department, admitted and refused with the reason', async () => {
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const { taskPushCounts } = await call(
      head,
      graphql(`
        query PushCounts($f: String!, $t: String!) {
          taskPushCounts(from: $f, to: $t) {
            departmentCode
            pushed
            admitted
            refused
            refusals {
              code
              count
            }
          }
        }
      `),
      { f: from, t: to },
    );
    const by = Object.fromEntries(taskPushCounts.map((c) => [c.departmentCode, c]));
    expect(by.POPULATION).toEqual({ departmentCode: 'POPULATION', pushed: 2, admitted: 1, refused: 1, refusals: [{ code: 'TASK_NOT_ADMITTED', count: 1 }] });
    expect(by.CRIMINAL_INVESTIGATION).toMatchObject({ pushed: 1, refused: 1, refusals: [{ code: 'TASK_PROHIBITED', count: 1 }] });
    expect(by.PUBLIC_ORDER).toMatchObject({ pushed: 1, refused: 1 });
    // counts are the district's and the stations' to read, not an officer's
    expect(
      (
        await send(
          officer,
          graphql(`
            query PushCountsAsOfficer($f: String!, $t: String!) {
              taskPushCounts(from: $f, to: $t) {
                pushed
              }
            }
          `),
          { f: from, t: to },
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHORIZED');
  });
});

describe('the reverse evaluation (逆考评)', () => {
  it('shows each department’s pushes of the period beside its rating, refusals in words, one statement for all departments', async () => {
    const [y, m] = beijingToday().split('-').map(Number);
    const quarter = `${y}-Q${Math.floor((m! - 1) / 3) + 1}`;
    const { departmentRanking } = await call(
      head,
      graphql(`
        query ReverseWithPushes($p: String!) {
          departmentRanking(period: $p) {
            score
            department {
              code
              name
              pushes(period: $p) {
                pushed
                admitted
                refused
                refusals {
                  code
                  label
                  count
                }
              }
            }
          }
        }
      `),
      { p: quarter },
    );
    const by = Object.fromEntries(departmentRanking.map((r) => [r.department.code, r.department]));
    expect(by.POPULATION!.pushes).toEqual({ pushed: 2, admitted: 1, refused: 1, refusals: [{ code: 'TASK_NOT_ADMITTED', label: '未经准入', count: 1 }] });
    expect(by.CRIMINAL_INVESTIGATION!.pushes).toMatchObject({
      pushed: 1,
      refused: 1,
      refusals: [{ code: 'TASK_PROHIBITED', label: expect.stringContaining('四不准') }],
    });
    // a department that pushed nothing reads as nothing pushed, not as missing
    const quiet = departmentRanking.find((r) => !['POPULATION', 'CRIMINAL_INVESTIGATION', 'PUBLIC_ORDER'].includes(r.department.code))!;
    expect(quiet.department.pushes).toEqual({ pushed: 0, admitted: 0, refused: 0, refusals: [] });
  });
});

describe('directed tasks and the inbox', () => {
  it('lets only the officer’s own station direct them, and puts every task in the officer’s one inbox', async () => {
    const report: TaskInput = { templateCode: 'situation_report', officerId: dongsiOfficer, title: '了解东四北大街施工扰民情况' };
    const foreign = await call(head, ISSUE, { i: report }); // qianmen's head, dongsi's officer
    expect(foreign.issueTask.errors[0]).toMatchObject({ code: 'TASK_ISSUER_NOT_ALLOWED', field: 'officerId' });
    expect((await call(admin, ISSUE, { i: { ...report, templateCode: 'resident_check' } })).issueTask.errors[0]!.code).toBe('TASK_SUBJECT_REQUIRED');
    const issued = await call(admin, ISSUE, { i: report });
    expect(issued.issueTask.task).toMatchObject({ way: 'directed', status: 'open', issuerName: '东城分局管理员' });

    const { taskInbox } = await call(officer, INBOX);
    expect(taskInbox.open).toBe(2 + taskInbox.standing!.length); // the admitted push, the directed task and the rules' work
    expect(taskInbox.tasks.map((t) => t.way).sort()).toEqual(['directed', 'pushed']);
    expect((await call(head, INBOX)).taskInbox.open).toBe(0); // another officer's inbox is their own
  });

  it('closes a task only by the record its template names, never by a tick', async () => {
    const { taskInbox } = await call(
      officer,
      graphql(`
        query InboxTasks {
          taskInbox {
            tasks {
              id
              templateCode
              version
            }
          }
        }
      `),
    );
    const visit = taskInbox.tasks.find((t) => t.templateCode === 'resident_check')!;
    const report = taskInbox.tasks.find((t) => t.templateCode === 'situation_report')!;

    const early = await call(officer, COMPLETE, { i: { id: visit.id, version: visit.version } });
    expect(early.completeTask.errors[0]).toMatchObject({ code: 'TASK_RECORD_MISSING', message: expect.stringContaining('请先记录走访') });
    const recorded = await call(
      officer,
      graphql(`
        mutation RecordCheck($i: RecordVisitInput!) {
          recordVisit(input: $i) {
            visit {
              id
            }
            errors {
              code
            }
          }
        }
      `),
      { i: { subjectType: 'resident', subjectId: resident, kind: 'verification', outcome: 'normal', note: '人户一致' } },
    );
    expect(recorded.recordVisit.errors).toEqual([]);
    const done = await call(officer, COMPLETE, { i: { id: visit.id, version: visit.version } });
    expect(done.completeTask.task).toMatchObject({ status: 'done', recordId: recorded.recordVisit.visit!.id });

    expect((await call(officer, COMPLETE, { i: { id: report.id, version: report.version, report: '已了解' } })).completeTask.errors[0]!.code).toBe(
      'TASK_REPORT_REQUIRED',
    );
    expect(
      (await call(head, COMPLETE, { i: { id: report.id, version: report.version, report: '施工方已调整作业时间至白天' } })).completeTask.errors[0]!.code,
    ).toBe('TASK_NOT_YOURS');
    const reported = await call(officer, COMPLETE, { i: { id: report.id, version: report.version, report: '施工方已调整作业时间至白天，居民无异议' } });
    expect(reported.completeTask.task).toMatchObject({ status: 'done', report: '施工方已调整作业时间至白天，居民无异议' });

    const after = (await call(officer, INBOX)).taskInbox;
    expect(after).toMatchObject({ open: after.standing!.length, done: 2 });
  });
});

describe('standing tasks (规定任务) in the same inbox', () => {
  const STANDING = graphql(`
    query StandingInbox {
      taskInbox {
        open
        overdue
        dueToday
        standing {
          id
          kind
          reason
          dueAt
          overdue
          communityId
          resident {
            id
            name
          }
          unit {
            id
            name
          }
        }
      }
    }
  `);
  const WORKLIST = graphql(`
    query OfficerCommunityWorklist($c: ID!) {
      populationWorklist(communityId: $c) {
        items {
          kind
          residentId
          unitId
          dueAt
        }
      }
    }
  `);
  const aCommunities = staffing.posts.filter((p) => p.officerId === dongsiOfficer && p.role === 'A').map((p) => p.communityId);
  const elder = stableId('resident', dongsi.communities[0].id, 3);

  it('holds exactly what the schedules make due in the officer’s A-post communities, with names resolved under the officer’s own access', async () => {
    const { taskInbox } = await call(officer, STANDING);
    const expected = (await Promise.all(aCommunities.map((c) => call(officer, WORKLIST, { c })))).flatMap((w) =>
      w.populationWorklist.items.map((i) => `${i.kind}:${i.residentId ?? i.unitId}`),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(taskInbox.standing!.map((t) => t.id).sort()).toEqual(expected.sort());
    expect(taskInbox.standing!.every((t) => aCommunities.includes(t.communityId!))).toBe(true);
    // the subject comes from population, so its masks and audit are population's own
    expect(taskInbox.standing!.every((t) => (t.resident ?? t.unit)?.name)).toBe(true);
    expect(taskInbox.open).toBe(taskInbox.overdue + taskInbox.dueToday);
  });

  it('adds a visit when a resident is listed for care, and takes it off when the visit is recorded', async () => {
    const before = (await call(officer, STANDING)).taskInbox;
    const listed = await call(
      officer,
      graphql(`
        mutation ListForCare($i: AddFocusPersonInput!) {
          addFocusPerson(input: $i) {
            errors {
              code
            }
          }
        }
      `),
      { i: { residentId: elder, categoryCode: 'elderly_alone', since: new Date(Date.now() - 40 * 86_400_000).toISOString() } },
    );
    expect(listed.addFocusPerson.errors).toEqual([]);
    const due = (await call(officer, STANDING)).taskInbox;
    expect(due.open).toBe(before.open + 1);
    expect(due.standing!.find((t) => t.id === `care_visit:${elder}`)).toMatchObject({
      kind: 'care_visit',
      overdue: true,
      reason: expect.stringContaining('孤寡、空巢老人'),
    });

    await call(
      officer,
      graphql(`
        mutation VisitElder($i: RecordVisitInput!) {
          recordVisit(input: $i) {
            errors {
              code
            }
          }
        }
      `),
      { i: { subjectType: 'resident', subjectId: elder, kind: 'visit', outcome: 'normal', note: '老人身体尚好，已留联系电话' } },
    );
    const after = (await call(officer, STANDING)).taskInbox;
    expect(after.standing!.some((t) => t.id === `care_visit:${elder}`)).toBe(false);
    expect(after.open).toBe(before.open);
  });
});

describe('live, and every morning at 08:00', () => {
  const EVENTS = graphql(`
    subscription InboxEvents {
      taskEvents {
        kind
        task {
          id
          title
          way
          officerId
        }
        daily {
          day
          open
          standing
          directed
          pushed
        }
      }
    }
  `);
  type Event = {
    at: number;
    kind: string;
    task: { title: string; officerId: string } | null;
    daily: { day: string; open: number; standing: number; directed: number } | null;
  };

  /** The officer's console, subscribed through the gateway over SSE. */
  async function subscribe(headers: Record<string, string>) {
    const events: Event[] = [];
    const client = createClient({ url: platform.gatewayUrl, headers, retryAttempts: 0 });
    let failed: unknown = null;
    const connected = new Promise<void>((resolve) => {
      client.subscribe<{ taskEvents: Omit<Event, 'at'> }>(
        { query: EVENTS.toString() },
        { next: (r) => r.data && events.push({ at: Date.now(), ...r.data.taskEvents }), error: (e) => (failed = e), complete: () => undefined },
      );
      setTimeout(resolve, 500); // the gateway has opened the subgraph's stream and its LISTEN by then
    });
    await connected;
    return { events, failed: () => failed, close: () => client.dispose() };
  }

  it('delivers a task issued to the officer within a second, through the gateway, and none of another officer’s', async () => {
    const live = await subscribe(officer);
    const other = await subscribe(head);
    const sent = Date.now();
    const issued = await call(admin, ISSUE, { i: { templateCode: 'situation_report', officerId: dongsiOfficer, title: '核实东四十条夜间噪声投诉' } });
    expect(issued.issueTask.errors).toEqual([]);
    await expect.poll(() => live.events.length, { timeout: 2_000 }).toBe(1);
    expect(live.events[0]).toMatchObject({ kind: 'task', task: { title: '核实东四十条夜间噪声投诉', officerId: dongsiOfficer } });
    expect(live.events[0].at - sent).toBeLessThan(1_000);
    expect(other.events).toEqual([]);
    expect(live.failed()).toBeNull();
    live.close();
    other.close();
  });

  it('sends each officer the day’s list once, even with two replicas running the push, and not before 08:00', async () => {
    const today = beijingToday();
    const early = beijingMoment(today, '07:55');
    const morning = beijingMoment(today, '08:05');
    expect(await platform.runJob('tasks', 'tasks:morning-push', early)).toBe(0);

    const live = await subscribe(officer);
    const replica = await platform.startReplica('tasks');
    const [a, b] = await Promise.all([platform.runJob('tasks', 'tasks:morning-push', morning), replica.runJob('tasks:morning-push', morning)]);
    const lists = await platform.orms.tasks.em
      .getConnection()
      .execute<Array<{ officer_id: string; n: number }>>('select officer_id, count(*)::int as n from task_daily_list where day = ? group by officer_id', [
        today,
      ]);
    expect(a + b).toBe(lists.length);
    expect(lists.length).toBeGreaterThanOrEqual(stations.length); // at least one community officer a station
    expect(lists.every((l) => l.n === 1)).toBe(true);
    // later runs, on either replica, send nothing more
    expect(await replica.runJob('tasks:morning-push', new Date(+morning + 600_000))).toBe(0);
    expect(await platform.runJob('tasks', 'tasks:morning-push', new Date(+morning + 600_000))).toBe(0);

    await expect.poll(() => live.events.filter((e) => e.kind === 'daily').length, { timeout: 2_000 }).toBe(1);
    const { taskInbox, taskDailyList } = await call(
      officer,
      graphql(`
        query MorningList {
          taskDailyList {
            day
            open
            standing
            directed
            pushed
          }
          taskInbox {
            open
            standing {
              id
            }
            tasks {
              status
              way
            }
          }
        }
      `),
    );
    expect(taskDailyList).toMatchObject({ day: today, standing: taskInbox.standing!.length });
    expect(taskDailyList!.directed).toBe(taskInbox.tasks.filter((t) => t.status === 'open' && t.way === 'directed').length);
    expect(live.events.find((e) => e.kind === 'daily')!.daily).toMatchObject({ day: today, open: taskDailyList!.open });
    await new Promise((r) => setTimeout(r, 300));
    expect(live.events.filter((e) => e.kind === 'daily')).toHaveLength(1);
    live.close();
  });
});

describe('每周通报 to the station heads', () => {
  it('sums each officer’s week on Monday at 08:00, once per station and week', async () => {
    // the Monday after this week, 08:05 Beijing: its summary is of this week, where this file's tasks were issued
    const thisWeek = weekOf(new Date());
    const at = new Date(+thisWeek.to + (8 * 60 + 5) * 60_000);
    expect(await platform.runJob('tasks', 'tasks:weekly-summary', new Date(+at - 10 * 60_000))).toBe(0); // 07:55: not yet
    expect(await platform.runJob('tasks', 'tasks:weekly-summary', at)).toBe(stations.length);
    expect(await platform.runJob('tasks', 'tasks:weekly-summary', new Date(+at + 3_600_000))).toBe(0); // once

    const issued = await platform.orms.tasks.em
      .getConnection()
      .execute<Array<{ n: number; done: number }>>(
        "select count(*)::int as n, count(*) filter (where status = 'done')::int as done from task where officer_id = ? and issued_at >= ? and issued_at < ?",
        [dongsiOfficer, thisWeek.from, thisWeek.to],
      );
    const { taskWeeklySummary } = await call(
      admin,
      graphql(`
        query Weekly($s: ID!, $w: String) {
          taskWeeklySummary(stationId: $s, week: $w) {
            week
            lines {
              officerId
              issued
              done
              openOverdue
            }
            pushesAdmitted
            pushesRefused
          }
        }
      `),
      { s: dongsi.id, w: null },
    );
    expect(taskWeeklySummary).toBeNull(); // last week's, before this week: nothing was sent for it
    const sent = (
      await call(
        admin,
        graphql(`
          query WeeklyOf($s: ID!, $w: String) {
            taskWeeklySummary(stationId: $s, week: $w) {
              week
              lines {
                officerId
                issued
                done
              }
              pushesAdmitted
            }
          }
        `),
        { s: dongsi.id, w: thisWeek.code },
      )
    ).taskWeeklySummary!;
    expect(sent.lines.find((l) => l.officerId === dongsiOfficer)).toMatchObject({ issued: issued[0]!.n, done: issued[0]!.done });
    expect(sent.pushesAdmitted).toBeGreaterThanOrEqual(1); // the admitted push to dongsi's officer
    expect(
      (
        await send(
          head,
          graphql(`
            query WeeklyForeign($s: ID!) {
              taskWeeklySummary(stationId: $s) {
                week
              }
            }
          `),
          { s: dongsi.id },
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('OUTSIDE_JURISDICTION');
  });
});

describe('the work record writes itself (社区工作记录、台账)', () => {
  const LEDGER = graphql(`
    query Ledger($f: String!, $t: String!, $s: ID, $o: ID) {
      visitLedger(from: $f, to: $t, stationId: $s, officerId: $o) {
        truncated
        records {
          id
          kind
          officerName
          resident {
            id
          }
        }
      }
      disputeStepLedger(from: $f, to: $t, stationId: $s, officerId: $o) {
        records {
          event {
            kind
            actorName
          }
          dispute {
            id
          }
        }
      }
      taskLedger(from: $f, to: $t, stationId: $s, officerId: $o) {
        records {
          id
          officerId
          status
        }
      }
    }
  `);
  const day = () => {
    const start = beijingMoment(beijingToday());
    return { f: start.toISOString(), t: new Date(+start + 86_400_000).toISOString() };
  };

  it('gives an officer’s day exactly the records they made, from population, disputes and tasks', async () => {
    const registered = await call(
      officer,
      graphql(`
        mutation LedgerDispute($i: RegisterDisputeInput!) {
          registerDispute(input: $i) {
            dispute {
              id
            }
            errors {
              code
            }
          }
        }
      `),
      {
        i: {
          title: '邻里漏水纠纷',
          category: 'neighbour',
          source: 'community_found',
          communityId: dongsi.communities[0].id,
          description: '楼上漏水殃及楼下，双方协商未果',
          parties: [{ name: '楼上住户' }, { name: '楼下住户' }],
        },
      },
    );
    expect(registered.registerDispute.errors).toEqual([]);
    const mine = await call(officer, LEDGER, { ...day(), o: dongsiOfficer });
    const visits = await platform.orms.population.em
      .getConnection()
      .execute<Array<{ id: string }>>('select id from visit where officer_id = ? and at >= ? and at < ? order by at, id', [dongsiOfficer, day().f, day().t]);
    expect(mine.visitLedger.records.map((r) => r.id)).toEqual(visits.map((v) => v.id));
    expect(visits.length).toBeGreaterThanOrEqual(2); // the verification and the care visit above
    expect(mine.disputeStepLedger.records.map((r) => r.dispute.id)).toContain(registered.registerDispute.dispute!.id);
    const tasks = await platform.orms.tasks.em
      .getConnection()
      .execute<Array<{ id: string }>>('select id from task where officer_id = ? and issued_at >= ? and issued_at < ? order by issued_at, id', [
        dongsiOfficer,
        day().f,
        day().t,
      ]);
    expect(mine.taskLedger.records.map((r) => r.id)).toEqual(tasks.map((t) => t.id));

    // the dispute's weekly progress is standing work of its handler once it falls due
    const disputeId = registered.registerDispute.dispute!.id;
    const progress = async () =>
      (
        await call(
          officer,
          graphql(`
            query DisputeStanding {
              taskInbox {
                standing {
                  id
                  kind
                  overdue
                }
              }
            }
          `),
        )
      ).taskInbox.standing!.find((t) => t.id === `dispute_progress:${disputeId}`);
    expect(await progress()).toBeUndefined(); // due in a week
    await platform.orms.disputes.em.getConnection().execute("update dispute set progress_due_at = now() - interval '2 days' where id = ?", [disputeId]);
    expect(await progress()).toMatchObject({ kind: 'dispute_progress', overdue: true });
  });

  it('keeps each ledger to the caller’s jurisdiction: another station’s head sees none of it, an officer only their own tasks', async () => {
    const foreign = await call(head, LEDGER, { ...day(), s: dongsi.id });
    expect(foreign.visitLedger.records).toEqual([]);
    expect(foreign.disputeStepLedger.records).toEqual([]);
    expect(foreign.taskLedger.records).toEqual([]);
    const asOfficer = await call(officer, LEDGER, day());
    expect(asOfficer.taskLedger.records.every((t) => t.officerId === dongsiOfficer)).toBe(true);
    const district = await call(admin, LEDGER, { ...day(), s: dongsi.id });
    expect(district.taskLedger.records.length).toBeGreaterThanOrEqual(asOfficer.taskLedger.records.length);
  });
});

describe('who may push', () => {
  it('refuses a push from a station head or an officer: departments reach officers only through the district', async () => {
    for (const caller of [head, officer])
      expect((await send(caller, PUSH, { d: 'POPULATION', i: visitCheck('越过准入') })).errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
  });
});

describe('a functional department’s own system pushing (合作平台 with tasks:push)', () => {
  const REGISTER = graphql(`
    mutation RegisterDepartmentClient($i: RegisterPartnerInput!) {
      registerPartner(input: $i) {
        partner {
          clientId
          departmentCode
        }
        clientSecret
        errors {
          code
          field
        }
      }
    }
  `);
  const PARTNER_PUSH = graphql(`
    mutation PartnerPush($d: String!, $i: TaskInput!) {
      pushTask(departmentCode: $d, input: $i) {
        task {
          id
          way
          status
          dueAt
        }
        errors {
          code
          field
        }
      }
    }
  `);
  const covered = dongsi.communities[0].id;

  it('pushes as its own department to a community it covers, through the same gate, counted like any push', async () => {
    const base = { name: '人口管理大队业务系统', communityIds: [covered], scopes: ['tasks:push'] };
    expect((await call(admin, REGISTER, { i: base })).registerPartner.errors).toEqual([{ code: 'PARTNER_DEPARTMENT_REQUIRED', field: 'departmentCode' }]);
    const registered = (await call(admin, REGISTER, { i: { ...base, departmentCode: 'POPULATION' } })).registerPartner;
    expect(registered.partner!.departmentCode).toBe('POPULATION');
    const dept = await partnerHeaders(call, registered.partner!.clientId, registered.clientSecret!);

    const task = { templateCode: 'resident_check', communityId: covered, title: '核查出租房屋流动人口', subjectType: 'resident' as const, subjectId: resident };
    const refused = async (d: string, i: TaskInput) => (await call(dept, PARTNER_PUSH, { d, i })).pushTask.errors[0];
    expect(await refused('PUBLIC_ORDER', task)).toMatchObject({ code: 'TASK_DEPARTMENT_NOT_YOURS' });
    expect(await refused('POPULATION', { ...task, communityId: null, officerId: dongsiOfficer })).toMatchObject({ code: 'TASK_COMMUNITY_REQUIRED' });
    expect(await refused('POPULATION', { ...task, communityId: stations[0]!.communities[0].id })).toMatchObject({ code: 'OUTSIDE_JURISDICTION' });
    expect(await refused('POPULATION', { ...task, templateCode: 'situation_report', subjectType: null, subjectId: null })).toMatchObject({
      code: 'TASK_NOT_ADMITTED',
    });

    const pushed = (await call(dept, PARTNER_PUSH, { d: 'POPULATION', i: task })).pushTask;
    expect(pushed.errors).toEqual([]);
    expect(pushed.task).toMatchObject({ way: 'pushed', status: 'open' });
    // to the community's A-post officer, in their inbox
    const [row] = await platform.orms.tasks.em.getConnection().execute('select officer_id, department_code from task where id = ?', [pushed.task!.id]);
    expect(row).toEqual({ officer_id: dongsiOfficer, department_code: 'POPULATION' });
    // a partner never reads who the officer is
    const nosy = await send(
      dept,
      graphql(`
        mutation PartnerPushNosy($d: String!, $i: TaskInput!) {
          pushTask(departmentCode: $d, input: $i) {
            task {
              officerId
            }
          }
        }
      `),
      { d: 'POPULATION', i: task },
    );
    expect(nosy.errors?.[0]?.extensions?.code).toBe('PARTNER_FIELD_NOT_ALLOWED');

    const [counted] = await platform.orms.tasks.em
      .getConnection()
      .execute(
        "select count(*) filter (where admitted)::int as admitted, count(*) filter (where reason_code = 'TASK_NOT_ADMITTED')::int as refused from push_attempt where department_code = 'POPULATION' and officer_id = ?",
        [dongsiOfficer],
      );
    expect(counted.admitted).toBeGreaterThanOrEqual(2); // the district's entry earlier and this one
    expect(counted.refused).toBeGreaterThanOrEqual(1);
  });
});

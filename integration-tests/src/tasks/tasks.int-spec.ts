import { demoStaffing, demoStations, stableId } from '@cp/demo-district';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { loginAs, testDatabaseName } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typedGateway } from '../gateway';
import { graphql } from '../gql';
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

describe('directed tasks and the inbox', () => {
  it('lets only the officer’s own station direct them, and puts every task in the officer’s one inbox', async () => {
    const report: TaskInput = { templateCode: 'situation_report', officerId: dongsiOfficer, title: '了解东四北大街施工扰民情况' };
    const foreign = await call(head, ISSUE, { i: report }); // qianmen's head, dongsi's officer
    expect(foreign.issueTask.errors[0]).toMatchObject({ code: 'TASK_ISSUER_NOT_ALLOWED', field: 'officerId' });
    expect((await call(admin, ISSUE, { i: { ...report, templateCode: 'resident_check' } })).issueTask.errors[0]!.code).toBe('TASK_SUBJECT_REQUIRED');
    const issued = await call(admin, ISSUE, { i: report });
    expect(issued.issueTask.task).toMatchObject({ way: 'directed', status: 'open', issuerName: '东城分局管理员' });

    const { taskInbox } = await call(officer, INBOX);
    expect(taskInbox.open).toBe(2); // the admitted push and the directed task
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
    expect(after).toMatchObject({ open: 0, done: 2 });
  });
});

describe('who may push', () => {
  it('refuses a push from a station head or an officer: departments reach officers only through the district', async () => {
    for (const caller of [head, officer])
      expect((await send(caller, PUSH, { d: 'POPULATION', i: visitCheck('越过准入') })).errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
  });
});

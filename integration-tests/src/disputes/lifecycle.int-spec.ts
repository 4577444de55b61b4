import { demoStaffing, demoStations, stableId } from '@cp/demo-district';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { sqlStatements } from '@cp/service-kit';
import { loginAs, testDatabaseName } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TypedDocument } from '@cp/service-kit';
import { typedGateway } from '../gateway';
import { graphql } from '../gql';
import type { DisputeStepFragment } from '../gql/graphql';

/** The overdue sweep, as the job runner calls it. */
const sweepOverdue = () => platform.runJob('disputes', 'disputes:overdue-sweep');

/*
 * The dispute domain through the gateway, on the whole platform: population places the
 * dispute, staffing names who must act, disputes keeps the ledger and its history.
 */

const stations = demoStations(10);
const dongsiStation = stations[1];
const dongsi = dongsiStation.communities[0];
const qianmenCommunity = stations[0].communities[0];
const staffing = demoStaffing(stations);
const officerOf = (communityId: string) => staffing.posts.find((p) => p.communityId === communityId && p.role === 'A')!.officerId;
const teamLead = stableId('officer', 1, 'community_team_lead', 0);
const head = stableId('officer', 1, 'station_head', 0);
const resident = (community: { id: string }, i: number) => stableId('resident', community.id, i);
// the demo's directory (seed.ts): 东四's own committee and judicial office, and the district's centre
const mediationCommittee = stableId('receiver', dongsiStation.id, 'mediation');
const judicialOffice = stableId('receiver', dongsiStation.id, 'judicial');
const qianmenJudicialOffice = stableId('receiver', stations[0].id, 'judicial');
const districtCentre = stableId('receiver', 'centre');

let platform: InProcessPlatform;
let admin: Record<string, string>;
let officer: Record<string, string>;
const sql = (query: string, params: unknown[] = []) => platform.orms.disputes.em.getConnection().execute(query, params);
const { call, send } = typedGateway(() => platform.gatewayUrl);

graphql(`
  fragment DisputeStep on DisputePayload {
    dispute {
      id
      status
      grade
      version
      isRepeat
      progressDueAt
      progressOverdue
      handler {
        id
      }
      assignedOfficer {
        id
      }
      risk {
        score
        band
        reasons {
          code
          label
          points
        }
      }
      availableActions
    }
    errors {
      code
      message
      field
    }
  }
`);
const REGISTER = graphql(`
  mutation RegisterDispute($input: RegisterDisputeInput!) {
    registerDispute(input: $input) {
      ...DisputeStep
    }
  }
`);
const ASSESS = graphql(`
  mutation AssessDispute($input: AssessDisputeInput!) {
    assessDispute(input: $input) {
      ...DisputeStep
    }
  }
`);
const START = graphql(`
  mutation StartMediation($input: DisputeStepInput!) {
    startDisputeMediation(input: $input) {
      ...DisputeStep
    }
  }
`);
const RESOLVE = graphql(`
  mutation ResolveDispute($input: ResolveDisputeInput!) {
    resolveDispute(input: $input) {
      ...DisputeStep
    }
  }
`);
const REOPEN = graphql(`
  mutation ReopenDispute($input: DisputeStepInput!) {
    reopenDispute(input: $input) {
      ...DisputeStep
    }
  }
`);
const ESCALATE = graphql(`
  mutation EscalateDispute($input: DisputeStepInput!) {
    escalateDispute(input: $input) {
      ...DisputeStep
    }
  }
`);
const TRANSFER = graphql(`
  mutation TransferDispute($input: TransferDisputeInput!) {
    transferDispute(input: $input) {
      ...DisputeStep
    }
  }
`);
const OUTCOME = graphql(`
  mutation TransferOutcome($input: TransferOutcomeInput!) {
    recordTransferOutcome(input: $input) {
      ...DisputeStep
    }
  }
`);
const RECEIPT = graphql(`
  mutation TransferReceipt($input: TransferReceiptInput!) {
    recordTransferReceipt(input: $input) {
      ...DisputeStep
    }
  }
`);
const GRADE = graphql(`
  mutation ChangeGrade($input: ChangeGradeInput!) {
    changeDisputeGrade(input: $input) {
      ...DisputeStep
    }
  }
`);
const PROGRESS = graphql(`
  mutation ReportProgress($input: ReportProgressInput!) {
    reportDisputeProgress(input: $input) {
      ...DisputeStep
    }
  }
`);

/** One step of the lifecycle: a mutation taking `input` and answering with the dispute and its errors. */
type Step = TypedDocument<Record<string, DisputeStepFragment>, { input: never }> & object;
const payloadOf = (data: Record<string, DisputeStepFragment>): DisputeStepFragment => Object.values(data)[0]!;

let partyNo = 0;
/** Registers a dispute; by default between a party no other test uses, so nothing repeats by accident. */
async function register(headers: Record<string, string>, input: Record<string, unknown>): Promise<DisputeStepFragment> {
  const base = { title: '测试纠纷', category: 'neighbour', source: 'walk_in', communityId: dongsi.id, parties: [{ name: `当事人${++partyNo}` }] };
  // inputs are loose on purpose: the tests send what a careless or hostile client would
  return payloadOf(await call(headers, REGISTER, { input: { ...base, ...input } as never }));
}

async function act(headers: Record<string, string>, mutation: Step, input: Record<string, unknown>): Promise<DisputeStepFragment> {
  return payloadOf(await call(headers, mutation, { input: input as never }));
}

beforeAll(async () => {
  platform = await startPlatformInProcess({
    serverUrl: inject('pgServerUrl'),
    databasePrefix: testDatabaseName('disputes_lifecycle'),
    residentsPerCommunity: 10,
  });
  admin = await loginAs(platform.gatewayUrl, 'admin', 'Admin@2026');
  officer = await loginAs(platform.gatewayUrl, 'dongsi', 'Dongsi@2026');
});
afterAll(() => platform?.stop());

describe('registering a dispute', () => {
  it('places it through population, gives it to the community officer, and starts its history and weekly clock', async () => {
    const before = Date.now();
    const { dispute, errors } = await register(officer, {
      gridId: dongsi.gridId,
      addressText: '北京市东城区东四十条 1 号',
      parties: [{ name: '张某', residentId: resident(dongsi, 0) }, { name: '李某' }],
    });
    expect(errors).toEqual([]);
    expect(dispute).toMatchObject({ status: 'registered', grade: 'ordinary', version: 1, handler: { id: officerOf(dongsi.id) }, availableActions: ['assess'] });
    expect(+new Date(dispute!.progressDueAt!) - before).toBeGreaterThanOrEqual(7 * 86_400_000 - 1000);
    const { dispute: full } = await call(
      officer,
      graphql(`
        query Dispute($id: ID!) {
          dispute(id: $id) {
            grid {
              id
              name
              boundary
            }
            community {
              name
            }
            parties {
              name
              resident {
                id
              }
            }
            history {
              kind
              actorName
            }
          }
        }
      `),
      { id: dispute!.id },
    );
    expect(full!.grid!.name).toBe(dongsi.gridName);
    expect(full!.grid!.boundary).toHaveLength(5);
    expect(full!.community!.name).toBe(dongsi.name);
    expect(full!.parties).toEqual(
      expect.arrayContaining([
        { name: '张某', resident: { id: resident(dongsi, 0) } },
        { name: '李某', resident: null },
      ]),
    );
    expect(full!.history).toEqual([{ kind: 'registered', actorName: '东四社区民警' }]);
  });

  it('refuses bad input with coded Chinese reasons naming the field, and writes nothing', async () => {
    const [{ n: before }] = await sql('select count(*)::int as n from dispute');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ category: 'gossip' }, 'DISPUTE_CATEGORY', 'category'],
      [{ parties: [] }, 'DISPUTE_PARTIES_REQUIRED', 'parties'],
      [{ title: '一' }, 'DISPUTE_TITLE_LENGTH', 'title'],
      [{ gridId: qianmenCommunity.gridId }, 'GRID_NOT_IN_COMMUNITY', 'gridId'],
      [{ communityId: qianmenCommunity.id }, 'OUTSIDE_JURISDICTION', 'communityId'],
      [{ communityId: stableId('community', 'nowhere') }, 'COMMUNITY_NOT_FOUND', 'communityId'],
    ];
    for (const [input, code, field] of cases) {
      const { dispute, errors } = await register(officer, input);
      expect(dispute).toBeNull();
      expect(errors[0]).toMatchObject({ code, field });
      expect(errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const [{ n: after }] = await sql('select count(*)::int as n from dispute');
    expect(after).toBe(before);
  });
});

describe('the lifecycle', () => {
  it('follows a dispute from report to resolution, reopening and transfer, keeping every step', async () => {
    let d = (await register(officer, {})).dispute!;
    const go = async (mutation: Step, input: Record<string, unknown>) => {
      const p = await act(officer, mutation, { id: d.id, version: d.version, ...input });
      expect(p.errors).toEqual([]);
      d = p.dispute!;
      return d;
    };
    await go(ASSESS, { riskLevel: 'general', note: '双方积怨较深' });
    expect(d).toMatchObject({ status: 'assessed', availableActions: ['start_mediation', 'transfer', 'escalate'] });
    await go(START, { note: '约双方到警务室' });
    await go(RESOLVE, {
      resolution: 'agreement',
      note: '达成调解协议',
      attachments: [{ name: '调解协议书.pdf', contentType: 'application/pdf', size: 52_133 }],
    });
    expect(d).toMatchObject({ status: 'resolved', progressDueAt: null, availableActions: ['reopen'] });
    await go(REOPEN, { note: '再次发生争吵' });
    expect(d.status).toBe('registered');
    await go(ASSESS, { riskLevel: 'general', note: '涉及物业责任' });
    await go(TRANSFER, { target: 'peoples_mediation', receiverId: mediationCommittee, dueInDays: 10, note: '物业纠纷，移交人民调解' });
    expect(d.status).toBe('transferred');

    const { dispute: t } = await call(
      officer,
      graphql(`
        query Dispute2($id: ID!) {
          dispute(id: $id) {
            transfers {
              id
              dueAt
              receivedAt
              outcome
            }
          }
        }
      `),
      { id: d.id },
    );
    const transferId = t!.transfers[0].id;
    expect((await act(officer, RECEIPT, { transferId, receivedBy: '王调解员' })).errors).toEqual([]);
    expect((await act(officer, RECEIPT, { transferId, receivedBy: '王调解员' })).errors[0].code).toBe('TRANSFER_ALREADY_RECEIVED');
    const returned = await act(officer, OUTCOME, { transferId, disputeVersion: d.version, outcome: 'returned', note: '涉及治安因素，退回' });
    expect(returned.dispute).toMatchObject({ status: 'in_mediation' });
    d = returned.dispute!;
    expect((await act(officer, OUTCOME, { transferId, disputeVersion: d.version, outcome: 'resolved', note: '重复登记' })).errors[0].code).toBe(
      'TRANSFER_OUTCOME_RECORDED',
    );
    await go(ESCALATE, { note: '出现违法行为，转案件队办理' });
    expect(d).toMatchObject({ status: 'escalated', availableActions: [] });

    const { dispute: h } = await call(
      officer,
      graphql(`
        query Dispute3($id: ID!) {
          dispute(id: $id) {
            history {
              kind
              action
              fromStatus
              toStatus
              actorName
              note
              attachments {
                name
                size
              }
            }
          }
        }
      `),
      { id: d.id },
    );
    expect(h!.history.map((e) => [e.kind, e.action, e.fromStatus, e.toStatus])).toEqual([
      ['registered', null, null, null],
      ['transition', 'assess', 'registered', 'assessed'],
      ['transition', 'start_mediation', 'assessed', 'in_mediation'],
      ['transition', 'resolve', 'in_mediation', 'resolved'],
      ['transition', 'reopen', 'resolved', 'registered'],
      ['transition', 'assess', 'registered', 'assessed'],
      ['transition', 'transfer', 'assessed', 'transferred'],
      ['transfer_received', null, null, null],
      ['transition', 'transfer_returned', 'transferred', 'in_mediation'],
      ['transition', 'escalate', 'in_mediation', 'escalated'],
    ]);
    expect(h!.history[3].attachments).toEqual([{ name: '调解协议书.pdf', size: 52_133 }]);
    expect(h!.history.every((e) => e.actorName === '东四社区民警')).toBe(true);
  });

  it('refuses an illegal transition with a coded reason and changes nothing', async () => {
    const d = (await register(officer, {})).dispute!;
    const p = await act(officer, RESOLVE, { id: d.id, version: d.version, resolution: 'agreement', note: '想直接办结' });
    expect(p.errors[0]).toMatchObject({ code: 'DISPUTE_ILLEGAL_TRANSITION', message: expect.stringContaining('「已登记」') });
    const [row] = await sql('select status, version from dispute where id = ?', [d.id]);
    expect(row).toEqual({ status: 'registered', version: 1 });
    expect(await sql('select count(*)::int as n from dispute_event where dispute_id = ?', [d.id])).toEqual([{ n: 1 }]);
  });

  it('detects concurrent edits of one dispute instead of losing one', async () => {
    const d = (await register(officer, {})).dispute!;
    const both = await Promise.all(['第一次汇报', '第二次汇报'].map((note) => act(officer, PROGRESS, { id: d.id, version: d.version, note })));
    const codes = both.map((p) => p.errors[0]?.code ?? 'ok').sort();
    expect(codes).toEqual(['STALE_VERSION', 'ok']);
    expect(await sql("select count(*)::int as n from dispute_event where dispute_id = ? and kind = 'progress'", [d.id])).toEqual([{ n: 1 }]);
  });

  it('keeps the history immutable in the database itself', async () => {
    await expect(sql("update dispute_event set note = 'rewritten'")).rejects.toThrow(/append-only/);
    await expect(sql('delete from dispute_event')).rejects.toThrow(/append-only/);
  });
});

describe('graded handling', () => {
  it('moves who must act with the grade, and lets only they hand it back down', async () => {
    let d = (await register(officer, {})).dispute!;
    const up = await act(officer, GRADE, { id: d.id, version: d.version, grade: 'complex', note: '多方利益交织' });
    expect(up.dispute).toMatchObject({ grade: 'complex', handler: { id: teamLead }, assignedOfficer: { id: officerOf(dongsi.id) } });
    d = up.dispute!;
    const notMine = await act(officer, ASSESS, { id: d.id, version: d.version, riskLevel: 'general', note: '研判' });
    expect(notMine.errors[0]).toMatchObject({ code: 'DISPUTE_NOT_HANDLER', message: expect.stringContaining('社区警务队长') });
    expect((await act(officer, GRADE, { id: d.id, version: d.version, grade: 'ordinary', note: '降级' })).errors[0].code).toBe('DISPUTE_NOT_HANDLER');

    const major = await act(officer, GRADE, { id: d.id, version: d.version, grade: 'major', note: '有激化苗头' });
    expect(major.dispute).toMatchObject({ grade: 'major', handler: { id: head } });
    d = major.dispute!;
    const down = await act(admin, GRADE, { id: d.id, version: d.version, grade: 'ordinary', note: '已缓和' });
    expect(down.dispute).toMatchObject({ grade: 'ordinary', handler: { id: officerOf(dongsi.id) } });
    const { dispute: h } = await call(
      admin,
      graphql(`
        query Dispute4($id: ID!) {
          dispute(id: $id) {
            history {
              kind
              details
            }
          }
        }
      `),
      { id: d.id },
    );
    expect(h!.history.filter((e) => e.kind === 'grade_changed').map((e) => JSON.parse(e.details!).to)).toEqual(['complex', 'major', 'ordinary']);
  });

  it('follows risk: 较大 goes to the team lead, 重大 to the head in person (所长亲自上案), and no grade below the risk is taken', async () => {
    const serious = (await register(officer, { riskLevel: 'serious' })).dispute!;
    expect(serious).toMatchObject({ grade: 'major', handler: { id: head }, assignedOfficer: { id: officerOf(dongsi.id) } });
    let d = (await register(officer, {})).dispute!;
    expect(d.grade).toBe('ordinary');
    d = (await act(officer, ASSESS, { id: d.id, version: d.version, riskLevel: 'major', note: '双方积怨较深' })).dispute!;
    expect(d).toMatchObject({ grade: 'complex', handler: { id: teamLead } });
    // the community officer can no longer carry it alone, nor the head hand it back down below the risk
    expect((await act(officer, START, { id: d.id, version: d.version, note: '调解' })).errors[0].code).toBe('DISPUTE_NOT_HANDLER');
    const down = await act(admin, GRADE, { id: d.id, version: d.version, grade: 'ordinary', note: '已缓和' });
    expect(down.errors[0]).toMatchObject({ code: 'DISPUTE_GRADE_BELOW_RISK', field: 'grade', message: expect.stringContaining('社区警务队长') });
    const asked = await act(admin, ASSESS, { id: serious.id, version: serious.version, riskLevel: 'serious', grade: 'complex', note: '研判' });
    expect(asked.errors[0]).toMatchObject({ code: 'DISPUTE_GRADE_BELOW_RISK', message: expect.stringContaining('所长亲自上案') });
    // entered before the rule: raised by the job, the history says why; the demo needs none
    const [{ n: demoBelow }] = await sql(
      `select count(*)::int as n from dispute where status in ('registered', 'assessed', 'in_mediation') and ((risk_level = 'serious' and grade <> 'major') or (risk_level = 'major' and grade = 'ordinary'))`,
    );
    expect(demoBelow).toBe(0);
    await sql(`update dispute set grade = 'ordinary', handler_officer_id = assigned_officer_id where id = ?`, [serious.id]);
    expect(await platform.runJob('disputes', 'disputes:grade-by-risk')).toBe(1);
    const { dispute: raised } = await call(
      admin,
      graphql(`
        query RaisedByRisk($id: ID!) {
          dispute(id: $id) {
            grade
            handler {
              id
            }
            history {
              kind
              actorName
              note
            }
          }
        }
      `),
      { id: serious.id },
    );
    expect(raised).toMatchObject({ grade: 'major', handler: { id: head } });
    expect(raised!.history.at(-1)).toEqual({ kind: 'grade_changed', actorName: '分级处置规则', note: '风险等级重大，所长亲自上案' });
    expect(await platform.runJob('disputes', 'disputes:grade-by-risk')).toBe(0);
  });

  it("transfers to a body from the district's directory, and only the one answering for the dispute records the outcome", async () => {
    const other = staffing.officers.find((o) => o.stationId === dongsiStation.id && o.role === 'community_full_time' && o.id !== officerOf(dongsi.id))!;
    let d = (await register(admin, { assignedOfficerId: other.id })).dispute!;
    d = (await act(admin, ASSESS, { id: d.id, version: d.version, riskLevel: 'general', note: '非公安管辖' })).dispute!;
    const transfer = (input: Record<string, unknown>) =>
      act(admin, TRANSFER, { id: d.id, version: d.version, target: 'judicial_office', note: '移交', ...input });
    expect((await transfer({ receiverName: '随便写的司法所' })).errors[0]).toMatchObject({ code: 'TRANSFER_RECEIVER_REQUIRED', field: 'receiverId' });
    expect((await transfer({ receiverId: qianmenJudicialOffice })).errors[0].code).toBe('TRANSFER_RECEIVER_UNKNOWN'); // another station's area
    expect((await transfer({ receiverId: mediationCommittee })).errors[0].code).toBe('TRANSFER_RECEIVER_UNKNOWN'); // not a judicial office
    const [{ n: none }] = await sql(`select count(*)::int as n from dispute_transfer where dispute_id = ?`, [d.id]);
    expect(none).toBe(0);
    d = (await transfer({ target: 'governance_centre', receiverId: districtCentre })).dispute!;
    const [t] = await sql(`select id, receiver_id, receiver_name from dispute_transfer where dispute_id = ?`, [d.id]);
    expect(t).toMatchObject({ receiver_id: districtCentre, receiver_name: '东城区综治中心' });
    // dongsi's officer answers for the community, but the dispute is another officer's
    const outcome = { transferId: t.id, disputeVersion: d.version, outcome: 'resolved', note: '综治中心调解成功' };
    expect((await act(officer, OUTCOME, outcome)).errors[0].code).toBe('DISPUTE_NOT_HANDLER');
    expect((await act(admin, OUTCOME, outcome)).dispute).toMatchObject({ status: 'resolved' });

    // the district keeps the directory: an officer cannot, a name is there once, a body stopped takes no new transfers
    const SAVE = graphql(`
      mutation SaveBody($input: SaveReceivingBodyInput!) {
        saveReceivingBody(input: $input) {
          receivingBody {
            id
            version
            active
          }
          errors {
            code
            field
          }
        }
      }
    `);
    const body = { target: 'peoples_mediation', name: '东四街道物业纠纷人民调解委员会', stationId: dongsiStation.id } as const;
    expect((await send(officer, SAVE, { input: body })).errors?.[0].extensions?.code).toBe('UNAUTHORIZED');
    const made = (await call(admin, SAVE, { input: body })).saveReceivingBody.receivingBody!;
    expect((await call(admin, SAVE, { input: body })).saveReceivingBody.errors[0]).toMatchObject({ code: 'RECEIVING_BODY_EXISTS', field: 'name' });
    expect((await call(admin, SAVE, { input: { ...body, id: made.id, version: made.version, active: false } })).saveReceivingBody.receivingBody!.active).toBe(
      false,
    );
    let e = (await register(officer, {})).dispute!;
    e = (await act(officer, ASSESS, { id: e.id, version: e.version, riskLevel: 'general', note: '物业' })).dispute!;
    expect(
      (await act(officer, TRANSFER, { id: e.id, version: e.version, target: 'peoples_mediation', receiverId: made.id, note: '移交' })).errors[0].code,
    ).toBe('TRANSFER_RECEIVER_UNKNOWN');
  });

  it("puts a dispute in the handler's worklist, overdue first", async () => {
    const late = (await register(officer, { title: '逾期未报进展的纠纷' })).dispute!;
    await sql("update dispute set progress_due_at = now() - interval '2 days' where id = ?", [late.id]);
    const { disputeWorklist } = await call(
      officer,
      graphql(`
        query DisputeWorklist {
          disputeWorklist {
            id
            progressOverdue
            handler {
              id
            }
          }
        }
      `),
    );
    expect(disputeWorklist[0]).toEqual({ id: late.id, progressOverdue: true, handler: { id: officerOf(dongsi.id) } });
    expect(disputeWorklist.every((w) => w.handler!.id === officerOf(dongsi.id))).toBe(true);
  });
});

describe('repeat reports', () => {
  it('flags and links a new dispute with the same party or the same address within the window', async () => {
    const first = (await register(officer, { addressText: '东四北大街１２号', parties: [{ name: '赵甲', residentId: resident(dongsi, 1) }, { name: '钱乙' }] }))
      .dispute!;
    expect(first.isRepeat).toBe(false);
    const sameResident = (await register(officer, { parties: [{ name: '赵甲', residentId: resident(dongsi, 1) }] })).dispute!;
    const sameName = (await register(officer, { parties: [{ name: '钱乙' }] })).dispute!;
    const samePlace = (await register(officer, { addressText: '东四北大街 12 号', parties: [{ name: '孙丙' }] })).dispute!;
    const elsewhere = (await register(admin, { communityId: dongsiStation.communities[1].id, parties: [{ name: '钱乙' }] })).dispute!;
    expect([sameResident, sameName, samePlace].map((d) => d.isRepeat)).toEqual([true, true, true]);
    expect(elsewhere.isRepeat).toBe(false);

    const { dispute } = await call(
      officer,
      graphql(`
        query Dispute5($id: ID!) {
          dispute(id: $id) {
            repeatedBy {
              dispute {
                id
              }
              reasons
            }
            warnings {
              kind
            }
          }
        }
      `),
      {
        id: first.id,
      },
    );
    const links = Object.fromEntries(dispute!.repeatedBy.map((l) => [l.dispute.id, l.reasons]));
    expect(links).toEqual({ [sameResident.id]: ['same_party'], [sameName.id]: ['same_party'], [samePlace.id]: ['same_address'] });
    const { dispute: repeat } = await call(
      officer,
      graphql(`
        query Dispute6($id: ID!) {
          dispute(id: $id) {
            repeatOf {
              dispute {
                id
              }
            }
            warnings {
              kind
              status
            }
            risk {
              reasons {
                code
              }
            }
          }
        }
      `),
      {
        id: sameResident.id,
      },
    );
    expect(repeat!.repeatOf).toEqual([{ dispute: { id: first.id } }]);
    expect(repeat!.warnings).toEqual([{ kind: 'repeat', status: 'open' }]);
    expect(repeat!.risk.reasons.map((r) => r.code)).toContain('REPEAT');
  });

  it('uses the configured window', async () => {
    const party = [{ name: '周丁', residentId: resident(dongsi, 2) }];
    const old = (await register(officer, { parties: party })).dispute!;
    await sql("update dispute set reported_at = now() - interval '100 days' where id = ?", [old.id]);
    const second = (await register(officer, { parties: party })).dispute!;
    expect(second.isRepeat).toBe(false);

    const { disputeRules } = await call(
      admin,
      graphql(`
        query DisputeRules {
          disputeRules {
            repeatWindowDays
            progressIntervalDays
            transferDueDays
            highRiskScore
            version
          }
        }
      `),
    );
    expect(disputeRules.repeatWindowDays).toBe(90);
    const refused = await send(
      officer,
      graphql(`
        mutation UpdateRulesAsOfficer($i: DisputeRulesInput!) {
          updateDisputeRules(input: $i) {
            errors {
              code
            }
          }
        }
      `),
      {
        i: { ...disputeRules, repeatWindowDays: 120 },
      },
    );
    expect(refused.errors?.[0]).toMatchObject({ message: '您的角色无权执行此操作', extensions: { code: 'UNAUTHORIZED' } }); // district rules are the district's
    const updated = await call(
      admin,
      graphql(`
        mutation UpdateDisputeRules($i: DisputeRulesInput!) {
          updateDisputeRules(input: $i) {
            rules {
              repeatWindowDays
            }
            errors {
              code
            }
          }
        }
      `),
      {
        i: { ...disputeRules, repeatWindowDays: 120 },
      },
    );
    expect(updated.updateDisputeRules).toEqual({ rules: { repeatWindowDays: 120 }, errors: [] });
    const third = (await register(officer, { parties: party })).dispute!;
    const { dispute } = await call(
      officer,
      graphql(`
        query Dispute7($id: ID!) {
          dispute(id: $id) {
            repeatOf {
              dispute {
                id
              }
            }
          }
        }
      `),
      { id: third.id },
    );
    expect(dispute!.repeatOf.map((l) => l.dispute.id).sort()).toEqual([old.id, second.id].sort());
  });

  it('knows one place typed in Chinese numerals and in digits (the standard spelling of @cp/address)', async () => {
    const first = (await register(officer, { addressText: '和平里三号楼二单元' })).dispute!;
    const again = (await register(officer, { addressText: '和平里 3号楼，2单元' })).dispute!;
    expect([first.isRepeat, again.isRepeat]).toEqual([false, true]);
    const { dispute } = await call(
      officer,
      graphql(`
        query Dispute8($id: ID!) {
          dispute(id: $id) {
            repeatOf {
              dispute {
                id
              }
              reasons
            }
          }
        }
      `),
      { id: again.id },
    );
    expect(dispute!.repeatOf).toEqual([{ dispute: { id: first.id }, reasons: ['same_address'] }]);
  });
});

describe('risk and warnings', () => {
  it('scores by transparent rules and raises a rising-risk warning when a dispute turns high', async () => {
    const d = (await register(officer, { riskLevel: 'general' })).dispute!;
    expect(d.risk).toEqual({ score: 10, band: 'low', reasons: [{ code: 'RISK_LEVEL', label: '风险等级一般', points: 10 }] });
    const assessed = await act(officer, ASSESS, { id: d.id, version: d.version, riskLevel: 'serious', threatsNoted: true, note: '一方扬言报复' });
    expect(assessed.dispute!.risk).toMatchObject({ score: 60, band: 'high' });
    expect(assessed.dispute!.risk.reasons.map((r) => `${r.label}+${r.points}`)).toEqual(['风险等级重大+40', '有威胁、扬言等言行+20']);
    const { disputeWarnings } = await call(
      officer,
      graphql(`
        query DisputeWarnings {
          disputeWarnings(kind: rising_risk, status: open) {
            nodes {
              id
              message
              dispute {
                id
              }
            }
          }
        }
      `),
    );
    expect(disputeWarnings.nodes.find((w) => w.dispute!.id === d.id)!.message).toContain('风险评分升至 60');
  });

  it('raises overdue warnings from the schedule, once, and lets someone acknowledge and close them', async () => {
    const d = (await register(officer, {})).dispute!;
    await sql("update dispute set progress_due_at = now() - interval '1 day' where id = ?", [d.id]);
    expect(await sweepOverdue()).toBeGreaterThanOrEqual(1);
    expect(await sql("select count(*)::int as n from dispute_warning where dispute_id = ? and kind = 'overdue_progress'", [d.id])).toEqual([{ n: 1 }]);
    await sweepOverdue();
    expect(await sql("select count(*)::int as n from dispute_warning where dispute_id = ? and kind = 'overdue_progress'", [d.id])).toEqual([{ n: 1 }]);

    const [w] = await sql("select id, version from dispute_warning where dispute_id = ? and kind = 'overdue_progress'", [d.id]);
    const ack = await call(
      officer,
      graphql(`
        mutation AcknowledgeDisputeWarning($id: ID!, $v: Int!) {
          acknowledgeDisputeWarning(id: $id, version: $v) {
            warning {
              status
              acknowledgedBy
              version
            }
            errors {
              code
            }
          }
        }
      `),
      {
        id: w.id,
        v: w.version,
      },
    );
    expect(ack.acknowledgeDisputeWarning.warning).toMatchObject({ status: 'acknowledged', acknowledgedBy: '东四社区民警' });
    const closeIt = (version: number) =>
      call(
        officer,
        graphql(`
          mutation CloseDisputeWarning($i: CloseWarningInput!) {
            closeDisputeWarning(input: $i) {
              warning {
                status
                closingNote
              }
              errors {
                code
              }
            }
          }
        `),
        {
          i: { id: w.id, version, note: '已补报进展' },
        },
      );
    expect((await closeIt(w.version)).closeDisputeWarning.errors[0].code).toBe('STALE_VERSION');
    expect((await closeIt(ack.acknowledgeDisputeWarning.warning!.version)).closeDisputeWarning.warning).toEqual({
      status: 'closed',
      closingNote: '已补报进展',
    });
  });

  it('tracks overdue transfers', async () => {
    let d = (await register(officer, {})).dispute!;
    d = (await act(officer, ASSESS, { id: d.id, version: d.version, riskLevel: 'general', note: '非公安管辖' })).dispute!;
    d = (await act(officer, TRANSFER, { id: d.id, version: d.version, target: 'judicial_office', receiverId: judicialOffice, note: '移交司法所' })).dispute!;
    await sql("update dispute set transfer_due_at = now() - interval '1 hour' where id = ?", [d.id]);
    await sql("update dispute_transfer set due_at = now() - interval '1 hour' where dispute_id = ?", [d.id]);
    await sweepOverdue();
    const { dispute } = await call(
      officer,
      graphql(`
        query Dispute9($id: ID!) {
          dispute(id: $id) {
            transfers {
              overdue
            }
            warnings {
              kind
            }
            risk {
              reasons {
                code
              }
            }
          }
        }
      `),
      {
        id: d.id,
      },
    );
    expect(dispute!.transfers).toEqual([{ overdue: true }]);
    expect(dispute!.warnings.map((w) => w.kind)).toContain('overdue_transfer');
    expect(dispute!.risk.reasons.map((r) => r.code)).toContain('TRANSFER_OVERDUE');
  });

  it('sends risk notices to other departments and records their acknowledgment', async () => {
    const d = (await register(officer, {})).dispute!;
    const issued = await call(
      officer,
      graphql(`
        mutation IssueRiskNotice($i: IssueRiskNoticeInput!) {
          issueRiskNotice(input: $i) {
            notice {
              id
              version
              acknowledgedAt
            }
            errors {
              code
            }
          }
        }
      `),
      {
        i: { disputeId: d.id, kind: 'notice', department: '东四街道办事处', content: '该处房屋租赁纠纷有激化风险，请协同处置' },
      },
    );
    const n = issued.issueRiskNotice.notice;
    expect(n!.acknowledgedAt).toBeNull();
    const pending = await call(
      officer,
      graphql(`
        query RiskNotices {
          riskNotices(acknowledged: false) {
            id
          }
        }
      `),
    );
    expect(pending.riskNotices.map((x) => x.id)).toContain(n!.id);
    const acked = await call(
      officer,
      graphql(`
        mutation AcknowledgeRiskNotice($i: AcknowledgeRiskNoticeInput!) {
          acknowledgeRiskNotice(input: $i) {
            notice {
              acknowledgedBy
            }
            errors {
              code
            }
          }
        }
      `),
      {
        i: { id: n!.id, version: n!.version, acknowledgedBy: '街道综治办 刘某' },
      },
    );
    expect(acked.acknowledgeRiskNotice.notice!.acknowledgedBy).toBe('街道综治办 刘某');
  });
});

describe('partner reports, the risk map and the facts performance reads', () => {
  const REPORT = graphql(`
    mutation ReportGridEvent($i: GridEventInput!) {
      reportGridEvent(input: $i) {
        created
        dispute {
          id
        }
        errors {
          code
          field
        }
      }
    }
  `);
  const event = (key: string) => ({
    idempotencyKey: key,
    title: '网格员发现楼道堆物引发邻里争执',
    category: 'neighbour',
    communityId: dongsi.id,
    gridId: dongsi.gridId,
    reporterName: '网格员小陈',
    parties: [{ name: '吴某' }, { name: '郑某' }],
  });

  it('creates a lead once per idempotency key, even for concurrent retries', async () => {
    const first = await call(admin, REPORT, { i: event('grid-evt-0001') });
    expect(first.reportGridEvent).toMatchObject({ created: true, errors: [] });
    const retry = await call(admin, REPORT, { i: event('grid-evt-0001') });
    expect(retry.reportGridEvent).toEqual({ created: false, dispute: first.reportGridEvent.dispute, errors: [] });

    const burst = await Promise.all(Array.from({ length: 6 }, () => call(admin, REPORT, { i: event('grid-evt-0002') })));
    expect(burst.filter((b) => b.reportGridEvent.created)).toHaveLength(1);
    expect(new Set(burst.map((b) => b.reportGridEvent.dispute!.id)).size).toBe(1);
    const [{ n, source }] = await sql('select count(*)::int as n, min(source::text) as source from dispute where id = ?', [
      burst[0].reportGridEvent.dispute!.id,
    ]);
    expect([n, source]).toEqual([1, 'grid_report']);

    const reused = await call(admin, REPORT, { i: { ...event('grid-evt-0001'), title: '另一件事情' } });
    expect(reused.reportGridEvent.errors).toEqual([{ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' }]);
  });

  it('aggregates open risk by grid and community, with the outlines from population', async () => {
    const late = (await register(officer, { gridId: dongsi.gridId, riskLevel: 'general', violenceHistory: true })).dispute!;
    await sql("update dispute set progress_due_at = now() - interval '1 day', transfer_due_at = now() - interval '2 days' where id = ?", [late.id]);
    await register(officer, { gridId: dongsi.gridId, riskLevel: 'serious', threatsNoted: true });
    const { disputeRiskMap, station } = await call(
      admin,
      graphql(`
        query DisputeRiskMap($s: ID!) {
          disputeRiskMap(stationId: $s) {
            grids {
              grid {
                id
                name
                boundary
              }
              community {
                id
                name
              }
              openDisputes
              highRisk
              totalScore
              maxScore
              band
            }
            communities {
              community {
                id
              }
              openDisputes
            }
          }
          station(id: $s) {
            communities {
              id
            }
          }
        }
      `),
      { s: dongsiStation.id },
    );
    const [{ n }] = await sql(
      "select count(*)::int as n from dispute where grid_id = ? and status in ('registered', 'assessed', 'in_mediation', 'transferred')",
      [dongsi.gridId],
    );
    const cell = disputeRiskMap.grids.find((g) => g.grid.id === dongsi.gridId);
    expect(cell).toMatchObject({ openDisputes: n, community: { id: dongsi.id, name: dongsi.name }, band: 'high', maxScore: 60 });
    expect(cell!.highRisk).toBeGreaterThanOrEqual(1);
    expect(cell!.grid.boundary![0]).toEqual(cell!.grid.boundary![4]);
    const ours = new Set(station!.communities.map((c) => c.id));
    expect(disputeRiskMap.communities.every((c) => ours.has(c.community.id))).toBe(true);
    // the map's sums are the detail page's scores, dispute by dispute (the overdue one included)
    const open = (await sql("select id from dispute where grid_id = ? and status in ('registered', 'assessed', 'in_mediation', 'transferred')", [
      dongsi.gridId,
    ])) as Array<{ id: string }>;
    const scores = await Promise.all(
      open.map(async ({ id }) => {
        const { dispute } = await call(
          admin,
          graphql(`
            query DisputeRisk($id: ID!) {
              dispute(id: $id) {
                risk {
                  score
                  band
                  reasons {
                    code
                  }
                }
              }
            }
          `),
          { id },
        );
        if (id === late.id) expect(dispute!.risk.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['PROGRESS_OVERDUE', 'TRANSFER_OVERDUE']));
        return dispute!.risk;
      }),
    );
    expect(cell).toMatchObject({
      totalScore: scores.reduce((a, r) => a + r.score, 0),
      maxScore: Math.max(...scores.map((r) => r.score)),
      highRisk: scores.filter((r) => r.band === 'high').length,
    });
  });

  it('serves resolved, repeat and overdue facts per community and period, matching a hand count', async () => {
    const community = dongsiStation.communities[3];
    const from = new Date().toISOString();
    const make = (input: Record<string, unknown>) => register(admin, { communityId: community.id, ...input }).then((p) => p.dispute!);
    // four disputes: one resolved, one repeating another (same resident), one overdue
    const a = await make({ parties: [{ name: 'A', residentId: resident(community, 0) }] });
    const b = await make({ parties: [{ name: 'A', residentId: resident(community, 0) }] });
    const c = await make({ parties: [{ name: 'C' }] });
    const d = await make({ parties: [{ name: 'D' }] });
    let done = (await act(admin, ASSESS, { id: c.id, version: c.version, riskLevel: 'general', note: '研判' })).dispute!;
    done = (await act(admin, START, { id: done.id, version: done.version, note: '调解' })).dispute!;
    await act(admin, RESOLVE, { id: done.id, version: done.version, resolution: 'judicial_confirmation', note: '司法确认' });
    await sql("update dispute set progress_due_at = now() - interval '1 day' where id = ?", [d.id]);
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const { community: facts } = await call(
      admin,
      graphql(`
        query Community($c: ID!, $f: String!, $t: String!) {
          community(id: $c) {
            disputeFacts(from: $f, to: $t) {
              reported
              resolved
              resolvedRate
              repeats
              repeatRate
              overdueProgress
              overdueTransfers
            }
          }
        }
      `),
      { c: community.id, f: from, t: to },
    );
    expect(facts!.disputeFacts).toEqual({
      reported: 4,
      resolved: 1,
      resolvedRate: 0.25,
      repeats: 1,
      repeatRate: 0.25,
      overdueProgress: 1,
      overdueTransfers: 0,
    });
    expect([a.isRepeat, b.isRepeat]).toEqual([false, true]);
  });

  it('counts what was overdue during a period whenever it was reported (the backlog), and the ledger lists the same disputes', async () => {
    const community = dongsiStation.communities[4]!;
    const FACTS = graphql(`
      query DisputeBacklog($c: ID!, $f: String!, $t: String!) {
        community(id: $c) {
          disputeFacts(from: $f, to: $t) {
            reported
            overdue
            overdueProgress
            overdueTransfers
          }
        }
      }
    `);
    const OVERDUE_LEDGER = graphql(`
      query DisputeLedgerOverdue($c: ID!, $s: String!, $u: String!) {
        disputes(first: 200, communityId: $c, overdueSince: $s, overdueUntil: $u) {
          nodes {
            id
          }
        }
      }
    `);
    const day = 86_400_000;
    const ago = (days: number) => new Date(Date.now() - days * day).toISOString();
    const past = { f: ago(40), t: ago(20) }; // a period that has ended
    const facts = async (p: { f: string; t: string }) => (await call(admin, FACTS, { c: community.id, ...p })).community!.disputeFacts!;
    const listed = async (p: { f: string; t: string }) =>
      (await call(admin, OVERDUE_LEDGER, { c: community.id, s: p.f, u: p.t })).disputes.nodes.map((n) => n.id);
    const before = await facts(past);
    const make = () => register(admin, { communityId: community.id }).then((p) => p.dispute!);

    // reported 90 days ago, its weekly progress due 83 days ago and never reported: still overdue
    const backlog = await make();
    await sql(`update dispute set reported_at = now() - interval '90 days', progress_due_at = now() - interval '83 days' where id = ?`, [backlog.id]);
    // due 30 days ago, reported today: overdue through the period, met since
    const late = await make();
    await sql(`update dispute set progress_due_at = now() - interval '30 days' where id = ?`, [late.id]);
    expect((await act(admin, PROGRESS, { id: late.id, version: late.version, note: '补报进展' })).errors).toEqual([]);
    // a transfer whose feedback was due 25 days ago and came back today
    let moved = await make();
    moved = (await act(admin, ASSESS, { id: moved.id, version: moved.version, riskLevel: 'general', note: '非公安管辖' })).dispute!;
    moved = (await act(admin, TRANSFER, { id: moved.id, version: moved.version, target: 'judicial_office', receiverId: judicialOffice, note: '移交' }))
      .dispute!;
    await sql(`update dispute_transfer set due_at = now() - interval '25 days' where dispute_id = ?`, [moved.id]);
    const [{ id: transferId }] = await sql(`select id from dispute_transfer where dispute_id = ?`, [moved.id]);
    const back = await act(admin, OUTCOME, { transferId, disputeVersion: moved.version, outcome: 'resolved', note: '司法所调解成功' });
    expect(back.errors).toEqual([]);
    // reported today, due next week: overdue in no period yet
    const onTime = await make();

    const after = await facts(past);
    // none was reported in the period; each overdue in it counts once
    expect(after.reported).toBe(before.reported);
    expect([after.overdue - before.overdue, after.overdueProgress - before.overdueProgress, after.overdueTransfers - before.overdueTransfers]).toEqual([
      3, 2, 1,
    ]);
    expect(await listed(past)).toEqual(expect.arrayContaining([backlog.id, late.id, moved.id]));
    expect(await listed(past)).not.toContain(onTime.id);
    // met today: not overdue in a period that starts after it was met; the backlog still is
    const since = { f: new Date(Date.now() + 1_000).toISOString(), t: new Date(Date.now() + 7 * day).toISOString() };
    expect(await listed(since)).toEqual([]); // nothing of a period not yet begun has passed
    const recent = { f: ago(1), t: new Date(Date.now() + day).toISOString() };
    expect(await listed(recent)).toEqual(expect.arrayContaining([backlog.id, late.id, moved.id]));
    const [span] = await sql(`select since, until from dispute_overdue_span where dispute_id = ?`, [late.id]);
    expect(Date.now() - +new Date(span.since)).toBeGreaterThan(29 * day);
  });

  it("shows a new dispute on the resident's page through federation", async () => {
    const d = (await register(officer, { title: '经联邦查询可见的纠纷', parties: [{ name: '某', residentId: resident(dongsi, 3) }] })).dispute!;
    const { resident: r } = await call(
      officer,
      graphql(`
        query Resident($id: ID!) {
          resident(id: $id) {
            disputes {
              id
              title
            }
          }
        }
      `),
      { id: resident(dongsi, 3) },
    );
    expect(r!.disputes).toContainEqual({ id: d.id, title: '经联邦查询可见的纠纷' });
  });
});

describe('reading the ledger', () => {
  const LEDGER_PAGE = graphql(`
    query LedgerPage($first: Int!) {
      disputes(first: $first) {
        nodes {
          id
          title
          status
          community {
            name
          }
          handler {
            name
          }
          parties {
            name
            resident {
              id
              name
            }
          }
          risk {
            score
            reasons {
              label
            }
          }
          warnings {
            kind
          }
          transfers {
            id
          }
          repeatOf {
            dispute {
              id
            }
          }
        }
      }
    }
  `);

  it('costs the same number of SQL statements for 10 rows as for 150', async () => {
    const count = async (first: number) => {
      const before = sqlStatements.count;
      const res = await send(admin, LEDGER_PAGE, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data!.disputes.nodes).toHaveLength(first);
      return sqlStatements.count - before;
    };
    const [small, large] = [await count(10), await count(150)];
    expect(large).toBe(small);
  });

  it('serves the board: a count per state and the newest of each, in the jurisdiction', async () => {
    const { disputeBoard } = await call(
      officer,
      graphql(`
        query DisputeBoard {
          disputeBoard(perColumn: 3) {
            status
            count
            nodes {
              id
              status
              reportedAt
            }
          }
        }
      `),
    );
    // the officer's jurisdiction is their A/B posts (staffing); count those communities' disputes by hand
    const posts = await platform.orms.staffing.em
      .getConnection()
      .execute('select community_id from community_post where officer_id = ?', [officerOf(dongsi.id)]);
    const rows = await sql(
      `select status::text as status, count(*)::int as n from dispute where community_id in (${posts.map(() => '?').join(',')}) group by status`,
      posts.map((p) => p.community_id),
    );
    const expected = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    expect(disputeBoard.map((c) => c.status)).toEqual(['registered', 'assessed', 'in_mediation', 'resolved', 'transferred', 'escalated']);
    for (const column of disputeBoard) {
      expect(column.count).toBe(expected[column.status] ?? 0);
      expect(column.nodes.length).toBe(Math.min(3, column.count));
      expect(column.nodes.every((n) => n.status === column.status)).toBe(true);
    }
  });
});

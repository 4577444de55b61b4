import { randomUUID } from 'node:crypto';
import { demoStations } from '@cp/demo-district';
import { KEPT_PERIODS_PER_KIND, keptPeriods, measuredUntil } from '@cp/service-kit';
import { asGateway, claimsFor, gql, testSubgraph, type TestSubgraph } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { populationSubgraph } from '../../subgraph';

/*
 * 每日重点工作, the facts behind the indicators, and data quality, on a small fixture whose
 * every date is fixed, so what is expected is counted by hand: a fresh community with five
 * listed people, three units and two stale-or-not records, asked about on 2026-03-01 (Beijing),
 * whose day runs from 2026-02-28T16:00Z.
 */

let sub: TestSubgraph;
const station = demoStations()[1];
const community = randomUUID();
const sql = (q: string, p: unknown[] = []) => sub.orm.em.getConnection().execute(q, p);
const officer = () => asGateway(claimsFor.communityOfficer([community], randomUUID()));
const T0 = '2026-03-01T04:00:00Z'; // noon in Beijing

const ids = { p1: randomUUID(), p2: randomUUID(), p3: randomUUID(), p4: randomUUID(), p5: randomUUID(), r6: randomUUID(), r7: randomUUID() };
const units = { u1: randomUUID(), u2: randomUUID(), u3: randomUUID() };
let idSeq = 0;

async function resident(id: string, createdAt: string, verifiedAt: string | null = null) {
  const idNumber = `9${String(Date.now()).slice(-9)}${String(++idSeq).padStart(8, '0')}`.slice(0, 18);
  await sql(
    `insert into resident (id, name, id_number, sex, birth_date, kind, station_id, community_id, created_at, updated_at, verified_at, version)
     values (?, ?, ?, 'male', '1980-01-01', 'registered', ?, ?, ?, ?, ?, 1)`,
    [id, `测试${idSeq}`, idNumber, station.id, community, createdAt, createdAt, verifiedAt],
  );
}
const listed = (resident: string, category: string, since: string, endedAt: string | null = null) =>
  sql(`insert into focus_person (id, resident_id, category_code, station_id, community_id, since, created_by, ended_at) values (?, ?, ?, ?, ?, ?, 'test', ?)`, [
    randomUUID(),
    resident,
    category,
    station.id,
    community,
    since,
    endedAt,
  ]);
const unit = (id: string, key: boolean, createdAt: string) =>
  sql(`insert into unit (id, name, kind, key, station_id, community_id, created_at, version) values (?, ?, 'business', ?, ?, ?, ?, 1)`, [
    id,
    `单位${id.slice(0, 4)}`,
    key,
    station.id,
    community,
    createdAt,
  ]);
const visited = (subjectType: string, subject: string, kind: string, outcome: string, at: string, rectifyBy: string | null = null) =>
  sql(
    `insert into visit (id, subject_type, subject_id, kind, outcome, rectify_by, officer_name, at, station_id, community_id) values (?, ?, ?, ?, ?, ?, '测试民警', ?, ?, ?)`,
    [randomUUID(), subjectType, subject, kind, outcome, rectifyBy, at, station.id, community],
  );

const WORKLIST = `query($at: String) { populationWorklist(at: $at) { date counts { kind dueToday overdue } items { kind dueAt overdueDays reason resident { id } unit { id } } } }`;
const worklist = async (at = T0) => {
  const res = await gql(sub.url, WORKLIST, { at }, await officer());
  expect(res.errors).toBeUndefined();
  return res.data!.populationWorklist;
};
const countsOf = (w: { counts: Array<{ kind: string; dueToday: number; overdue: number }> }) =>
  Object.fromEntries(w.counts.filter((c) => c.dueToday || c.overdue).map((c) => [c.kind, [c.dueToday, c.overdue]]));
const RECORD = `mutation($i: RecordVisitInput!) { recordVisit(input: $i) { visit { id kind } errors { code field message } } }`;

beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), populationSubgraph, 12);
  await sql(`insert into community (id, code, name, station_id) values (?, ?, '排程测试社区', ?)`, [community, `T${Date.now()}`, station.id]);
  for (const id of [ids.p1, ids.p2, ids.p3, ids.p4, ids.p5, ids.r7]) await resident(id, '2026-01-01T00:00:00Z', id === ids.r7 ? '2026-01-10T00:00:00Z' : null);
  await resident(ids.r6, '2025-06-01T00:00:00Z'); // 180 days later is 2025-11-28: stale
  await sql(`update resident set created_at = '2025-06-01T00:00:00Z' where id = ?`, [ids.r7]); // verified since, so fresh

  await listed(ids.p1, 'mental_illness', '2026-01-01T00:00:00Z'); // 30 days: due 01-31, 29 days overdue
  await listed(ids.p2, 'elderly_alone', '2026-02-01T00:00:00Z'); // visited 02-01 05:00: due 03-03 05:00
  await visited('resident', ids.p2, 'visit', 'normal', '2026-02-01T05:00:00Z');
  await listed(ids.p3, 'released_prisoner', '2026-02-20T00:00:00Z'); // 90 days: due in May
  await listed(ids.p4, 'petitioner', '2025-01-01T00:00:00Z', '2025-06-01T00:00:00Z'); // no longer listed
  await listed(ids.p5, 'bail', '2026-01-15T00:00:00Z'); // not met on 02-20 does not count: due 02-14, 15 days overdue
  await visited('resident', ids.p5, 'visit', 'not_met', '2026-02-20T00:00:00Z');

  await unit(units.u1, true, '2025-10-01T00:00:00Z'); // key, inspected 2025-12-01: due 2026-03-01 00:00Z, today
  await visited('unit', units.u1, 'inspection', 'normal', '2025-12-01T00:00:00Z');
  await unit(units.u2, false, '2025-06-01T00:00:00Z'); // ordinary, never inspected: due 2026-06-01
  await unit(units.u3, false, '2025-06-01T00:00:00Z'); // finding to fix by 02-25 (Beijing): re-check 4 days overdue
  await visited('unit', units.u3, 'inspection', 'issue_found', '2026-02-10T00:00:00Z', '2026-02-25');
});
afterAll(() => sub?.stop());

describe('the daily worklist, computed from the schedules', () => {
  it('lists exactly what is due today and overdue, earliest first, with the days overdue', async () => {
    const w = await worklist();
    expect(w.date).toBe('2026-03-01');
    expect(countsOf(w)).toEqual({ special_visit: [0, 2], unit_inspection: [1, 0], unit_recheck: [0, 1], verification: [0, 1] });
    expect(w.items.map((i: any) => [i.kind, i.resident?.id ?? i.unit?.id, i.overdueDays, i.dueAt])).toEqual([
      ['verification', ids.r6, 93, '2025-11-28T00:00:00.000Z'],
      ['special_visit', ids.p1, 29, '2026-01-31T00:00:00.000Z'],
      ['special_visit', ids.p5, 15, '2026-02-14T00:00:00.000Z'],
      ['unit_recheck', units.u3, 4, '2026-02-24T16:00:00.000Z'],
      ['unit_inspection', units.u1, 0, '2026-03-01T00:00:00.000Z'],
    ]);
    expect(w.items[1].reason).toBe('严重精神障碍患者 · 每 30 天走访');
  });

  it('serves the facts the indicators are computed from, as counted by hand', async () => {
    const q = `query($id: ID!) { community(id: $id) { populationFacts(from: "2026-02-01T00:00:00Z", to: "${T0}") {
      specialVisitsOnSchedule { numerator denominator } careVisitsOnSchedule { numerator denominator rate }
      unitInspectionsOnSchedule { numerator denominator } keyUnitInspectionsOnSchedule { numerator denominator }
      freshRecords { numerator denominator } visits } } }`;
    const res = await gql(sub.url, q, { id: community }, await officer());
    expect(res.errors).toBeUndefined();
    expect(res.data!.community.populationFacts).toEqual({
      specialVisitsOnSchedule: { numerator: 1, denominator: 3 }, // p3 on schedule; p1 and p5 overdue; p4 no longer listed
      careVisitsOnSchedule: { numerator: 1, denominator: 1, rate: 1 },
      unitInspectionsOnSchedule: { numerator: 2, denominator: 3 }, // u1 fell due at 08:00 Beijing
      keyUnitInspectionsOnSchedule: { numerator: 0, denominator: 1 },
      freshRecords: { numerator: 6, denominator: 7 }, // r6 not verified since June
      visits: 3, // p2's visit, p5's attempt, u3's inspection
    });
    const bad = await gql(sub.url, q.replace('2026-02-01T00:00:00Z', 'soon'), { id: community }, await officer());
    expect(bad.errors?.[0].extensions?.code).toBe('INPUT_DATE_INVALID');
  });

  it('brings in what falls due on a later day, and a new floating resident to verify within three days', async () => {
    const floating = randomUUID();
    await resident(floating, '2026-02-27T00:00:00Z');
    await sql(`update resident set kind = 'floating' where id = ?`, [floating]);
    expect((await worklist()).items.some((i: any) => i.resident?.id === floating)).toBe(false);
    const w = await worklist('2026-03-03T04:00:00Z');
    expect(countsOf(w).care_visit).toEqual([1, 0]);
    expect(w.items.find((i: any) => i.kind === 'care_visit').resident.id).toBe(ids.p2);
    expect(w.items.find((i: any) => i.resident?.id === floating)).toMatchObject({
      kind: 'verification',
      overdueDays: 1,
      reason: '新登记流动人口 · 3 天内上门核查',
    });
  });

  it('takes work off the list as it is recorded: a visit, a verification, an inspection with a deadline', async () => {
    const record = async (i: Record<string, unknown>) => (await gql(sub.url, RECORD, { i }, await officer())).data!.recordVisit;
    expect((await record({ subjectType: 'resident', subjectId: ids.p1, kind: 'visit', outcome: 'normal', at: '2026-03-01T02:00:00Z' })).errors).toEqual([]);
    expect((await record({ subjectType: 'resident', subjectId: ids.r6, kind: 'verification', outcome: 'normal', at: '2026-03-01T01:00:00Z' })).errors).toEqual(
      [],
    );
    const inspected = await record({
      subjectType: 'unit',
      subjectId: units.u1,
      kind: 'inspection',
      outcome: 'issue_found',
      rectifyBy: '2026-12-31',
      at: '2026-03-01T03:00:00Z',
    });
    expect(inspected.errors).toEqual([]);
    const w = await worklist();
    expect(countsOf(w)).toEqual({ special_visit: [0, 1], unit_recheck: [0, 1] });
    const [{ verified_at }] = await sql('select verified_at from resident where id = ?', [ids.r6]);
    expect(new Date(verified_at).toISOString()).toBe('2026-03-01T01:00:00.000Z');
    // the finding's deadline puts a re-check on that day's list
    expect(countsOf(await worklist('2026-12-31T04:00:00Z')).unit_recheck).toEqual([1, 1]);
  });

  it('refuses a visit that does not fit, with coded Chinese errors naming the field, writing nothing', async () => {
    const before = (await sql('select count(*)::int as n from visit'))[0].n;
    const refused = async (i: Record<string, unknown>) => (await gql(sub.url, RECORD, { i }, await officer())).data!.recordVisit.errors[0];
    expect(await refused({ subjectType: 'unit', subjectId: units.u2, kind: 'visit', outcome: 'normal' })).toMatchObject({
      code: 'VISIT_KIND_SUBJECT',
      field: 'kind',
    });
    expect(await refused({ subjectType: 'unit', subjectId: units.u2, kind: 'inspection', outcome: 'issue_found' })).toMatchObject({
      code: 'VISIT_RECTIFY_REQUIRED',
      field: 'rectifyBy',
    });
    expect(await refused({ subjectType: 'resident', subjectId: ids.p3, kind: 'visit', outcome: 'normal', at: '2099-01-01T00:00:00Z' })).toMatchObject({
      code: 'VISIT_TIME',
      field: 'at',
    });
    expect(await refused({ subjectType: 'resident', subjectId: ids.p3, kind: 'visit', outcome: 'normal', at: '1900-01-01T00:00:00Z' })).toMatchObject({
      code: 'VISIT_TIME_TOO_EARLY',
      field: 'at',
    });
    const elsewhere = (await sql(`select id from resident where community_id <> ? limit 1`, [community]))[0].id;
    expect(await refused({ subjectType: 'resident', subjectId: elsewhere, kind: 'visit', outcome: 'normal' })).toMatchObject({ code: 'OUTSIDE_JURISDICTION' });
    expect((await sql('select count(*)::int as n from visit'))[0].n).toBe(before);
    await expect(sql(`delete from visit`)).rejects.toThrow(/append-only/);
  });

  it("shows only the caller's jurisdiction", async () => {
    const other = await gql(sub.url, WORKLIST, { at: T0 }, await asGateway(claimsFor.communityOfficer([randomUUID()])));
    expect(other.data!.populationWorklist.items).toEqual([]);
  });

  it('measures the data quality of the community: completeness, staleness, suspected duplicates', async () => {
    const address = randomUUID();
    await sql(`insert into standard_address (id, full_text, community_id) values (?, ?, ?)`, [address, `排程测试社区 1 号 ${address.slice(0, 6)}`, community]);
    const [older, newer] = [randomUUID(), randomUUID()];
    for (const [id, createdAt] of [
      [newer, new Date().toISOString()],
      [older, new Date(Date.now() - 86_400_000).toISOString()],
    ]) {
      await resident(id, createdAt);
      await sql(`update resident set name = '重复某', phone = '13800000000', address_id = ? where id = ?`, [address, id]);
    }
    const q = `query($id: ID!) { community(id: $id) { dataQuality { records complete missingPhone missingAddress floatingWithoutOrigin staleRecords duplicateGroups duplicateRecords } } }`;
    const res = await gql(sub.url, q, { id: community }, await officer());
    expect(res.data!.community.dataQuality).toEqual({
      records: 10, // p1–p5, r6, r7, the floating resident, the two duplicates
      complete: 2, // only the duplicates have a phone and a standard address
      missingPhone: 8,
      missingAddress: 8,
      floatingWithoutOrigin: 1,
      staleRecords: 8, // everyone but the two registered today: none verified within 180 days of now
      duplicateGroups: 1,
      duplicateRecords: 2,
    });
    // kept for the district's page, and recomputed as soon as a record of the community changes
    expect(await sql(`select count(*)::int as n from population_facts_kept where level = 'quality' and place_id = ?`, [community])).toEqual([{ n: 1 }]);
    await sql(`update resident set phone = null where id = ?`, [newer]);
    const changed = await gql(sub.url, q, { id: community }, await officer());
    expect(changed.data!.community.dataQuality).toMatchObject({ complete: 1, missingPhone: 9 });
    await sql(`update resident set phone = '13800000000' where id = ?`, [newer]);
    const groups = await gql(
      sub.url,
      `query($id: ID!) { suspectedDuplicates(communityId: $id) { residentIds residents { name } } }`,
      { id: community },
      await officer(),
    );
    expect(groups.data!.suspectedDuplicates).toEqual([{ residentIds: [older, newer], residents: [{ name: '重复某' }, { name: '重复某' }] }]);
  });

  it('keeps the facts once computed, and recomputes them when a record of the community changes, never serving a stale figure', async () => {
    const q = `query($id: ID!) { community(id: $id) { populationFacts(from: "2026-02-01T00:00:00Z", to: "${T0}") { visits specialVisitsOnSchedule { numerator denominator } } } }`;
    const facts = async () => (await gql(sub.url, q, { id: community }, await officer())).data!.community.populationFacts;
    const kept = () => sql(`select computed_at, epoch from population_facts_kept where place_id = ? and level = 'community'`, [community]);
    const first = await facts();
    const [row] = await kept();
    expect(row).toBeDefined();
    // read again: served from what is kept, not recomputed
    expect(await facts()).toEqual(first);
    expect(await kept()).toEqual([row]);
    // a visit recorded afterwards, dated inside the period: the kept figure is outdated at once
    await visited('resident', ids.p1, 'visit', 'normal', '2026-02-20T02:00:00Z');
    const after = await facts();
    expect(after.visits).toBe(first.visits + 1);
    const [again] = await kept();
    expect(Number(again.epoch)).toBeGreaterThan(Number(row.epoch));
    // a district-wide rule (the schedule of a category) outdates every community's figures
    await sql(`update focus_category set visit_every_days = visit_every_days where code = 'mental_illness'`);
    await facts();
    expect(+new Date((await kept())[0].computed_at)).toBeGreaterThan(+new Date(again.computed_at));
  });
  it('keeps, ahead of the readers, every period a ranking or trend reads: the running ones and seven before each', async () => {
    const now = new Date(T0);
    const first = await sub.runJob('population:keep-facts', now);
    expect(first).toBeGreaterThan(0);
    const kept = await sql(`select count(distinct (since, at))::int as n from population_facts_kept where place_id = ? and level = 'community'`, [community]);
    expect(kept[0].n).toBeGreaterThanOrEqual(KEPT_PERIODS_PER_KIND * 4);
    // a second run within the same ten minutes finds everything kept
    expect(await sub.runJob('population:keep-facts', new Date(+now + 60_000))).toBe(0);
    // a write outdates its community's figures, and the next run recomputes them, for every period
    await visited('unit', units.u2, 'inspection', 'normal', '2026-02-27T02:00:00Z');
    // (a quarter and a year that begin together are measured to the same mark: one figure for both)
    const distinct = new Set(keptPeriods(now).map((p) => `${+p.from}-${+measuredUntil(p, now)}`)).size;
    // and its data quality at the mark
    expect(await sub.runJob('population:keep-facts', new Date(+now + 120_000))).toBe(distinct + 1);
  });
});

import { randomUUID } from 'node:crypto';
import { demoStations } from '@cp/demo-district';
import { composeResidentId } from '@cp/id-card';
import { asGateway, claimsFor, gql, testSubgraph, type TestSubgraph } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { populationSubgraph } from '../../subgraph';

/*
 * Two records of one person (the second entered with a mistyped ID), each with its own visits
 * and listings, merged: one record remains with the history of both, and the other's id still
 * leads to it.
 */

let sub: TestSubgraph;
const station = demoStations()[4];
const community = randomUUID();
const addressText = `北京市东城区合并${Date.now().toString(36)}路1号1单元101室`;
const sql = (q: string, p: unknown[] = []) => sub.orm.em.getConnection().execute(q, p);
const officer = () => asGateway(claimsFor.communityOfficer([community]));
const ids = { keep: '', dup: '' };

async function run(query: string, variables: Record<string, unknown>, headers?: Record<string, string>) {
  const res = await gql(sub.url, query, variables, headers ?? (await officer()));
  expect(res.errors).toBeUndefined();
  return res.data as Record<string, any>;
}
const register = async (idNumber: string, more: Record<string, unknown>) => {
  const out = (
    await run(`mutation($i: RegisterResidentInput!) { registerResident(input: $i) { resident { id } errors { code } } }`, {
      i: { name: '合并甲', idNumber, kind: 'registered', communityId: community, addressText, ...more },
    })
  ).registerResident;
  expect(out.errors).toEqual([]);
  return out.resident.id as string;
};
const visit = (subjectId: string, at: string) =>
  sql(
    `insert into visit (id, subject_type, subject_id, kind, outcome, officer_name, at, station_id, community_id) values (?, 'resident', ?, 'visit', 'normal', '民警', ?, ?, ?)`,
    [randomUUID(), subjectId, at, station.id, community],
  );
const list = (residentId: string, category: string) =>
  sql(
    `insert into focus_person (id, resident_id, category_code, station_id, community_id, since, created_by) values (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', 'test')`,
    [randomUUID(), residentId, category, station.id, community],
  );
const versionOf = async (id: string) => (await sql(`select version from resident where id = ?`, [id]))[0]?.version as number;
const MERGE = `mutation($i: MergeResidentsInput!) { mergeResidents(input: $i) { resident { id phone version } errors { code field } } }`;

beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), populationSubgraph, 13);
  await sql(`insert into community (id, code, name, station_id) values (?, ?, '合并测试社区', ?)`, [community, `M${Date.now()}`, station.id]);
  await sql(`insert into standard_address (id, full_text, community_id) values (?, ?, ?)`, [randomUUID(), addressText, community]);
  ids.keep = await register(composeResidentId('110101', '1960-02-02', 471, 'male'), {});
  ids.dup = await register(composeResidentId('110101', '1960-02-02', 472, 'male'), { phone: '13700000000', confirmNotDuplicate: true });
  await visit(ids.keep, '2026-02-01T02:00:00Z');
  await visit(ids.dup, '2026-02-15T02:00:00Z');
  await visit(ids.dup, '2026-03-01T02:00:00Z');
  await list(ids.keep, 'elderly_alone');
  await list(ids.dup, 'elderly_alone');
  await list(ids.dup, 'hardship');
  await sql(
    `insert into housing (id, address_id, station_id, community_id, kind, use, landlord_id, landlord_name) select ?, id, ?, ?, 'building', 'self_occupied', ?, '合并甲' from standard_address where full_text = ?`,
    [randomUUID(), station.id, community, ids.dup, addressText],
  );
});
afterAll(() => sub?.stop());

describe('merging duplicate residents', () => {
  it('refuses a stale version and a place outside the jurisdiction, changing nothing', async () => {
    const input = {
      keepId: ids.keep,
      keepVersion: (await versionOf(ids.keep)) - 1,
      mergeId: ids.dup,
      mergeVersion: await versionOf(ids.dup),
      reason: '身份号码录错',
    };
    expect((await run(MERGE, { i: input })).mergeResidents.errors).toEqual([{ code: 'STALE_VERSION', field: 'version' }]);
    const outside = await run(MERGE, { i: { ...input, keepVersion: input.keepVersion + 1 } }, await asGateway(claimsFor.communityOfficer([randomUUID()])));
    expect(outside.mergeResidents.errors[0]).toMatchObject({ code: 'OUTSIDE_JURISDICTION' });
    expect((await sql(`select count(*)::int as n from resident where id in (?, ?)`, [ids.keep, ids.dup]))[0].n).toBe(2);
    expect((await sql(`select count(*)::int as n from visit where subject_id = ?`, [ids.dup]))[0].n).toBe(2);
  });

  it('keeps one record with the history of both; the other id leads to it', async () => {
    const input = {
      keepId: ids.keep,
      keepVersion: await versionOf(ids.keep),
      mergeId: ids.dup,
      mergeVersion: await versionOf(ids.dup),
      reason: '身份号码录错，核实为同一人',
    };
    const merged = (await run(MERGE, { i: input })).mergeResidents;
    expect(merged.errors).toEqual([]);
    expect(merged.resident).toMatchObject({ id: ids.keep, phone: '13700000000', version: input.keepVersion + 1 }); // the phone only the duplicate had

    const q = `query($id: ID!) { resident(id: $id) { id visits { at } focus { category { code } } housing { landlord { id } }
      mergedRecords { id name idNumber mergedBy reason visitsMoved } } }`;
    const viaDuplicateId = (await run(q, { id: ids.dup })).resident;
    expect(viaDuplicateId.id).toBe(ids.keep);
    expect(viaDuplicateId.visits.map((v: { at: string }) => v.at.slice(0, 10))).toEqual(['2026-03-01', '2026-02-15', '2026-02-01']);
    expect(viaDuplicateId.focus.map((f: { category: { code: string } }) => f.category.code).sort()).toEqual(['elderly_alone', 'hardship']);
    expect(viaDuplicateId.housing.landlord).toEqual({ id: ids.keep });
    expect(viaDuplicateId.mergedRecords).toEqual([
      {
        id: ids.dup,
        name: '合并甲',
        idNumber: expect.stringMatching(/^110101\*{8}\d{3}[\dX]$/),
        mergedBy: '社区民警',
        reason: '身份号码录错，核实为同一人',
        visitsMoved: 2,
      },
    ]);
    // the duplicate's own listing in the shared category is closed, not lost
    expect((await sql(`select count(*)::int as n from focus_person where resident_id = ? and ended_at is not null`, [ids.keep]))[0].n).toBe(1);
    expect((await sql(`select snapshot->>'phone' as phone from resident_merge where merged_id = ?`, [ids.dup]))[0].phone).toBe('13700000000');
  });

  it('leaves visits append-only outside a merge', async () => {
    await expect(sql(`update visit set subject_id = ? where subject_id = ?`, [randomUUID(), ids.keep])).rejects.toThrow(/append-only/);
  });
});

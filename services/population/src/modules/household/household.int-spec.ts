import { randomUUID } from 'node:crypto';
import { demoStations } from '@cp/demo-district';
import { composeResidentId } from '@cp/id-card';
import { asGateway, claimsFor, gql, testSubgraph, type TestSubgraph } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { populationSubgraph } from '../../subgraph';

/* 户: a household registered with its head, members added with their relation, the rules kept. */

let sub: TestSubgraph;
const station = demoStations()[6];
const community = randomUUID();
const addressText = `北京市东城区户籍${Date.now().toString(36)}胡同3号`;
const sql = (q: string, p: unknown[] = []) => sub.orm.em.getConnection().execute(q, p);
const officer = () => asGateway(claimsFor.communityOfficer([community]));
const people: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
const householdNo = `H${Date.now()}`.slice(0, 14);

async function run(query: string, variables: Record<string, unknown>) {
  const res = await gql(sub.url, query, variables, await officer());
  expect(res.errors).toBeUndefined();
  return res.data as Record<string, any>;
}
const REGISTER = `mutation($i: RegisterHouseholdInput!) { registerHousehold(input: $i) { household { id householdNo } errors { code field } } }`;
const SET = `mutation($i: SetHouseholdMemberInput!) { setHouseholdMember(input: $i) { household { id } errors { code field } } }`;
const REMOVE = `mutation($h: ID!, $r: ID!) { removeHouseholdMember(householdId: $h, residentId: $r) { household { id } errors { code field } } }`;
let household = '';

beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), populationSubgraph, 13);
  await sql(`insert into community (id, code, name, station_id) values (?, ?, '户测试社区', ?)`, [community, `F${Date.now()}`, station.id]);
  await sql(`insert into standard_address (id, full_text, community_id) values (?, ?, ?)`, [randomUUID(), addressText, community]);
  let n = 0;
  for (const key of ['a', 'b', 'c', 'd'] as const) {
    const out = (
      await run(`mutation($i: RegisterResidentInput!) { registerResident(input: $i) { resident { id } errors { code } } }`, {
        i: {
          name: `户员${key}`,
          idNumber: composeResidentId('110101', `198${++n}-01-01`, 490 + n, 'male'),
          kind: 'registered',
          communityId: community,
          addressText,
        },
      })
    ).registerResident;
    people[key] = out.resident.id;
  }
});
afterAll(() => sub?.stop());

describe('households', () => {
  it('registers a household with its head at the head’s address, and refuses a taken number', async () => {
    const out = (await run(REGISTER, { i: { householdNo, kind: 'family', headResidentId: people.a } })).registerHousehold;
    expect(out.errors).toEqual([]);
    household = out.household.id;
    const again = (await run(REGISTER, { i: { householdNo, kind: 'family', headResidentId: people.d } })).registerHousehold;
    expect(again.errors).toEqual([{ code: 'HOUSEHOLD_NO_TAKEN', field: 'householdNo' }]);
    expect((await run(REGISTER, { i: { householdNo: 'x1', kind: 'family', headResidentId: people.d } })).registerHousehold.errors[0]).toMatchObject({
      code: 'HOUSEHOLD_NO_FORMAT',
    });
  });

  it('adds members with their relation; one head per household, one household per person', async () => {
    expect((await run(SET, { i: { householdId: household, residentId: people.c, relation: 'child' } })).setHouseholdMember.errors).toEqual([]);
    expect((await run(SET, { i: { householdId: household, residentId: people.b, relation: 'spouse' } })).setHouseholdMember.errors).toEqual([]);
    expect((await run(SET, { i: { householdId: household, residentId: people.b, relation: 'head' } })).setHouseholdMember.errors).toEqual([
      { code: 'HOUSEHOLD_HEAD_EXISTS', field: 'relation' },
    ]);
    const other = (await run(REGISTER, { i: { householdNo: `${householdNo}9`, kind: 'collective', headResidentId: people.d } })).registerHousehold;
    expect((await run(SET, { i: { householdId: other.household.id, residentId: people.c, relation: 'other' } })).setHouseholdMember.errors).toEqual([
      { code: 'RESIDENT_IN_OTHER_HOUSEHOLD', field: 'residentId' },
    ]);
    expect((await run(REMOVE, { h: household, r: people.a })).removeHouseholdMember.errors).toEqual([{ code: 'HOUSEHOLD_HEAD_REQUIRED', field: 'residentId' }]);

    const q = `query($id: ID!) { resident(id: $id) { householdRelation household { householdNo kind address { fullText } members { relation resident { name } } } } }`;
    expect((await run(q, { id: people.c })).resident).toEqual({
      householdRelation: 'child',
      household: {
        householdNo,
        kind: 'family',
        address: { fullText: addressText },
        members: [
          { relation: 'head', resident: { name: '户员a' } },
          { relation: 'spouse', resident: { name: '户员b' } },
          { relation: 'child', resident: { name: '户员c' } },
        ],
      },
    });
    const stats = await run(`query($id: ID!) { community(id: $id) { populationStats { households registeredHouseholds } } }`, { id: community });
    expect(stats.community.populationStats).toEqual({ households: 1, registeredHouseholds: 2 });
  });
});

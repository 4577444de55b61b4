import { randomUUID } from 'node:crypto';
import { demoStations } from '@cp/demo-district';
import { asGateway, claimsFor, gql, testSubgraph, type TestSubgraph } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { populationSubgraph } from '../../subgraph';

/*
 * The overdue filter of the resident list, against today's date: the same schedules as the
 * worklist. Four people in a fresh community, two of them with work overdue.
 */

let sub: TestSubgraph;
const station = demoStations()[5];
const community = randomUUID();
const sql = (q: string, p: unknown[] = []) => sub.orm.em.getConnection().execute(q, p);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const people = { fresh: randomUUID(), stale: randomUUID(), listedLate: randomUUID(), listedVisited: randomUUID() };
let seq = 0;

const resident = (id: string, verifiedDaysAgo: number) =>
  sql(
    `insert into resident (id, name, id_number, sex, birth_date, kind, station_id, community_id, created_at, updated_at, verified_at, version)
     values (?, ?, ?, 'male', '1970-01-01', 'registered', ?, ?, ?, ?, ?, 1)`,
    [
      id,
      `逾期${++seq}`,
      `8${String(Date.now()).slice(-9)}${String(seq).padStart(8, '0')}`.slice(0, 18),
      station.id,
      community,
      daysAgo(400),
      daysAgo(400),
      daysAgo(verifiedDaysAgo),
    ],
  );
const listed = (id: string, sinceDaysAgo: number) =>
  sql(
    `insert into focus_person (id, resident_id, category_code, station_id, community_id, since, created_by) values (?, ?, 'elderly_alone', ?, ?, ?, 'test')`,
    [randomUUID(), id, station.id, community, daysAgo(sinceDaysAgo)],
  );

beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), populationSubgraph, 13);
  await sql(`insert into community (id, code, name, station_id) values (?, ?, '逾期测试社区', ?)`, [community, `O${Date.now()}`, station.id]);
  await resident(people.fresh, 10); // verified 10 days ago: nothing due
  await resident(people.stale, 200); // not verified for 200 days (> 180): overdue
  await resident(people.listedLate, 10);
  await listed(people.listedLate, 40); // 孤寡老人 every 30 days, never visited in 40: overdue
  await resident(people.listedVisited, 10);
  await listed(people.listedVisited, 40);
  await sql(
    `insert into visit (id, subject_type, subject_id, kind, outcome, officer_name, at, station_id, community_id) values (?, 'resident', ?, 'visit', 'normal', '民警', ?, ?, ?)`,
    [randomUUID(), people.listedVisited, daysAgo(5), station.id, community],
  );
});
afterAll(() => sub?.stop());

describe('residents: the overdue filter', () => {
  it('lists exactly those with a verification or a focus visit overdue', async () => {
    const res = await gql(
      sub.url,
      `query($c: ID!) { residents(communityId: $c, overdue: true) { nodes { id } } }`,
      { c: community },
      await asGateway(claimsFor.communityOfficer([community])),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.residents.nodes.map((n: { id: string }) => n.id).sort()).toEqual([people.stale, people.listedLate].sort());
  });
});

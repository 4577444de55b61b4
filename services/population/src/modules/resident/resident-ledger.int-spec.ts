import { randomUUID } from 'node:crypto';
import { demoStations } from '@cp/demo-district';
import { asGateway, claimsFor, gql, testSubgraph, type TestSubgraph } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { populationSubgraph } from '../../subgraph';

/*
 * The residents' ledger as a table reads it: the total, a page jumped to, a column sorted both
 * ways, and every row walked page after page in that order (what an export does), each checked
 * against the database's own answer. Thirty people in a fresh community, names and registration
 * times shuffled, some sharing a name (ties go by id).
 */

let sub: TestSubgraph;
const station = demoStations()[4];
const community = randomUUID();
const sql = <T = Record<string, string>>(q: string, p: unknown[] = []) => sub.orm.em.getConnection().execute(q, p) as Promise<T[]>;
const as = async () => asGateway(claimsFor.stationHead(station.id));
const SURNAMES = ['赵', '钱', '孙', '李', '周', '吴', '郑', '王'];

beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), populationSubgraph, 13);
  await sql(`insert into community (id, code, name, station_id) values (?, ?, '台账测试社区', ?)`, [community, `L${Date.now()}`, station.id]);
  for (let i = 0; i < 30; i++) {
    await sql(
      `insert into resident (id, name, id_number, sex, birth_date, kind, station_id, community_id, created_at, updated_at, version)
       values (?, ?, ?, 'female', '1980-01-01', ?, ?, ?, ?, now(), 1)`,
      [
        randomUUID(),
        `${SURNAMES[(i * 5) % 8]}台账${i % 7}`,
        `7${String(Date.now()).slice(-8)}${String(i).padStart(9, '0')}`.slice(0, 18),
        i % 3 ? 'registered' : 'floating',
        station.id,
        community,
        new Date(Date.UTC(2026, 0, 1 + ((i * 11) % 30))).toISOString(),
      ],
    );
  }
});
afterAll(() => sub?.stop());

type Page = {
  nodes: Array<{ id: string }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number | null;
  totalCapped: boolean | null;
};
async function page(vars: Record<string, unknown>): Promise<{ page?: Page; code?: string }> {
  const res = await gql(
    sub.url,
    `query($c: ID, $first: Int, $after: String, $offset: Int, $orderBy: ResidentOrder, $kind: ResidentKind) {
       residents(communityId: $c, first: $first, after: $after, offset: $offset, orderBy: $orderBy, kind: $kind) {
         nodes { id } pageInfo { endCursor hasNextPage } totalCount totalCapped
       }
     }`,
    { c: community, ...vars },
    await as(),
  );
  return { page: res.data?.residents as Page | undefined, code: res.errors?.[0]?.extensions?.code as string | undefined };
}
const ids = (p?: Page) => p!.nodes.map((n) => n.id);
const inDb = async (order: string, where = '') =>
  (await sql<{ id: string }>(`select id from resident where community_id = ? ${where} order by ${order}`, [community])).map((r) => r.id);

describe('residents: the ledger', () => {
  it('counts every match, with the filters, whatever the page', async () => {
    const all = (await page({ first: 5 })).page!;
    expect(all.totalCount).toBe(30);
    expect(all.totalCapped).toBe(false); // a community's people are counted exactly; past 100,000 the total says "more than"
    const floating = (await page({ first: 5, kind: 'floating' })).page!;
    expect(floating.totalCount).toBe((await inDb('id', `and kind = 'floating'`)).length);
    expect(floating.nodes).toHaveLength(5);
  });

  it('sorts by name both ways and jumps to a page, as the database orders them (ties by id)', async () => {
    const asc = await inDb('name, id');
    expect(ids((await page({ first: 10, offset: 10, orderBy: { field: 'NAME', direction: 'ASC' } })).page)).toEqual(asc.slice(10, 20));
    const desc = await inDb('name desc, id desc');
    expect(ids((await page({ first: 10, orderBy: { field: 'NAME', direction: 'DESC' } })).page)).toEqual(desc.slice(0, 10));
  });

  it('walks every row in the order on screen, page after page, none twice (an export)', async () => {
    const expected = await inDb('created_at desc, id desc');
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const p: Page = (await page({ first: 7, after, orderBy: { field: 'REGISTERED_AT', direction: 'DESC' } })).page!;
      seen.push(...ids(p));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('refuses a page too deep, a jump with a cursor, and a cursor not its own, with codes', async () => {
    expect((await page({ first: 10, offset: 10_001 })).code).toBe('PAGE_TOO_DEEP');
    const first = (await page({ first: 5, orderBy: { field: 'NAME', direction: 'ASC' } })).page!;
    expect((await page({ first: 5, offset: 5, after: first.pageInfo.endCursor })).code).toBe('INPUT_PAGING');
    const forged = Buffer.from(JSON.stringify([{ $gt: 1 }, randomUUID()])).toString('base64url');
    expect((await page({ first: 5, after: forged, orderBy: { field: 'NAME', direction: 'ASC' } })).code).toBe('INPUT_CURSOR_INVALID');
  });
});

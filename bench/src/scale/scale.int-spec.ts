import { DEV_SECRETS, signUserToken } from '@cp/auth';
import { withDatabase, databaseUrl } from '@cp/db';
import { parseResidentId } from '@cp/id-card';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { sqlStatements } from '@cp/service-kit';
import { gql, testDatabaseName } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDistrict, type GeneratedDistrict } from './generate';
import { planDistrict } from './plan';
import { communityRows } from './rows';

/*
 * The scale generator at a small size: what it writes is a district the platform serves, the
 * same for the same seed, and the cross-domain page costs the same statements at any page size.
 */
const RESIDENTS = 3000;
const options = { residents: RESIDENTS, seed: 'smoke', perCommunity: 300, perStation: 5 };
const prefix = testDatabaseName('scale');
let result: GeneratedDistrict;
let platform: InProcessPlatform;
let admin: Record<string, string>;
const sql = (service: string, q: string) => withDatabase(databaseUrl(inject('pgServerUrl'), `${prefix}_${service}`), async (c) => (await c.query(q)).rows);

beforeAll(async () => {
  result = await generateDistrict({ ...options, serverUrl: inject('pgServerUrl'), prefix });
  platform = await startPlatformInProcess({ serverUrl: inject('pgServerUrl'), databasePrefix: prefix, seed: false });
  const token = await signUserToken(
    { sub: 'scale', username: 'scale', name: '规模测试', roles: ['district_admin'], stationIds: [], communityIds: [] },
    DEV_SECRETS.userToken,
    600,
  );
  admin = { authorization: `Bearer ${token}` };
}, 240_000);
afterAll(() => platform?.stop());

describe('the scale generator', () => {
  it('writes the district it was asked for: skewed communities, a third floating, valid IDs, A posts, disputes with repeats', async () => {
    expect(result).toMatchObject({ residents: RESIDENTS, communities: 10, stations: 2 });
    const [{ floating, total, valid }] = await sql(
      'population',
      `select count(*) filter (where kind = 'floating')::int as floating, count(*)::int as total, count(distinct id_number)::int as valid from resident`,
    );
    expect(total).toBe(RESIDENTS);
    expect(valid).toBe(RESIDENTS); // every ID number distinct
    expect(floating / total).toBeGreaterThan(0.25);
    expect(floating / total).toBeLessThan(0.35);
    const sample = await sql('population', `select id_number, birth_date::text as birth from resident order by id limit 200`);
    for (const r of sample) expect(parseResidentId(r.id_number)).toMatchObject({ ok: true, facts: { birthDate: r.birth } });
    const sizes = (await sql('population', `select count(*)::int as n from resident group by community_id order by n`)).map((r) => r.n);
    expect(sizes.at(-1)).toBeGreaterThan(sizes[0] * 1.5); // not uniform
    expect((await sql('staffing', `select count(distinct community_id)::int as n from community_post where role = 'A'`))[0].n).toBe(10);
    // about one dispute per four residents, rounded community by community
    const planned = planDistrict(options).flatMap((st) => st.communities);
    expect(result.disputes).toBe(planned.reduce((n, c) => n + Math.round(c.residents / 4), 0));
    expect((await sql('disputes', `select count(*)::int as n from dispute`))[0].n).toBe(result.disputes);
    expect(result.repeats).toBeGreaterThan(0);
  });

  it('is the same district for the same seed, and another for another', () => {
    const [a, b, other] = [planDistrict(options), planDistrict(options), planDistrict({ ...options, seed: 'other' })];
    expect(a).toEqual(b);
    const first = a[0]!.communities[0]!;
    expect(communityRows('smoke', a[0]!, first)).toEqual(communityRows('smoke', b[0]!, first));
    expect(other.flatMap((s) => s.communities.map((c) => c.residents))).not.toEqual(a.flatMap((s) => s.communities.map((c) => c.residents)));
  });

  it('is served through the gateway: the cross-domain page, at the same SQL statements for 10 and 200 residents', async () => {
    const PAGE = `query Page($first: Int!) { residents(first: $first) { nodes { id name disputes { id status } community { id name dutyOfficer { basis officer { name } } } } } }`;
    type Node = { disputes: unknown[]; community: { dutyOfficer: { basis: string } | null } };
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const res = await gql(platform.gatewayUrl, PAGE, { first }, admin);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(res.data!.residents.nodes).toHaveLength(first);
      return {
        statements: sqlStatements.count - before,
        nodes: res.data!.residents.nodes as Node[],
      };
    };
    await statementsFor(10); // warm-up
    const ten = await statementsFor(10);
    const page = await statementsFor(200);
    expect(page.nodes.some((n) => n.disputes.length > 0)).toBe(true);
    expect(page.nodes.every((n) => n.community.dutyOfficer !== null)).toBe(true);
    // the rosters put A officers, B officers and group leads on duty, a third of the communities each
    const bases = new Set(page.nodes.map((n) => n.community.dutyOfficer!.basis));
    expect([...bases].sort()).toEqual(['A 岗（主责）民警在班', 'A 岗不在班，B 岗民警在班', 'A、B 岗均不在班，由本所值班组长负责'].sort());
    expect(page.statements).toBe(ten.statements);
    expect(page.statements).toBeLessThanOrEqual(4); // population 1, disputes 1, staffing 1 today
  });
});

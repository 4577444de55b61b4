import { demoStations, stableId } from '@cp/demo-district';
import { sqlStatements } from '@cp/service-kit';
import { serverAudits } from 'graphql-http';
import { gql, loginAs, testDatabaseName } from '@cp/testkit';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import type { TypedDocument } from '@cp/service-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typedGateway } from '../gateway';
import { graphql } from '../gql';

/** The resident page's query: residents, their disputes, their community's officer on duty. */
const RESIDENT_PAGE = graphql(`
  query Page($first: Int!) {
    residents(first: $first) {
      nodes {
        id
        name
        disputes {
          id
          title
          status
        }
        community {
          id
          name
          dutyOfficer {
            officer {
              id
              name
              badgeNo
            }
            basis
          }
        }
      }
    }
  }
`);

let platform: InProcessPlatform;
let admin: Record<string, string>;
let dongsi: Record<string, string>;

// typed operations for what any client asks; the gateway's limits below are probed with raw text, as an attacker sends it
const { send } = typedGateway(() => platform.gatewayUrl);
const sql = (service: string, query: string, params: unknown[] = []) => platform.orms[service].em.getConnection().execute(query, params);

beforeAll(async () => {
  platform = await startPlatformInProcess({ serverUrl: inject('pgServerUrl'), databasePrefix: testDatabaseName('platform'), residentsPerCommunity: 40 });
  admin = await loginAs(platform.gatewayUrl, 'admin', 'Admin@2026');
  dongsi = await loginAs(platform.gatewayUrl, 'dongsi', 'Dongsi@2026');
});

afterAll(() => platform?.stop());

describe('the cross-domain resident query through the gateway', () => {
  it('returns the resident with exactly their disputes and the A-role officer of their community', async () => {
    const [party] = await sql('disputes', 'select resident_id from dispute_party group by resident_id having count(*) >= 2 limit 1');
    const residentId = party.resident_id as string;
    const expectedDisputes = (await sql('disputes', 'select dispute_id from dispute_party where resident_id = ? order by dispute_id', [residentId])).map(
      (r) => r.dispute_id,
    );
    const [{ community_id }] = await sql('population', 'select community_id from resident where id = ?', [residentId]);
    const [aPost] = await sql('staffing', "select officer_id from community_post where community_id = ? and role = 'A'", [community_id]);

    const res = await send(
      admin,
      // a moment no roster covers: the posts decide (rosters are tested in staffing)
      graphql(`
        query ResidentWithDuty($id: ID!) {
          resident(id: $id) {
            name
            disputes {
              id
            }
            community {
              id
              dutyOfficer(at: "2030-06-01T12:00:00+08:00") {
                officer {
                  id
                }
                basis
              }
            }
          }
        }
      `),
      { id: residentId },
    );
    expect(res.errors).toBeUndefined();
    const r = res.data!.resident!;
    expect(r.disputes!.map((d) => d.id).sort()).toEqual(expectedDisputes);
    expect(r.community.id).toBe(community_id);
    expect(r.community.dutyOfficer!.officer!.id).toBe(aPost.officer_id);
    expect(r.community.dutyOfficer!.basis).toContain('A 岗');
  });

  it('falls back to the B-role officer when the A post is vacant', async () => {
    const community = demoStations()[5].communities[0].id;
    const [bPost] = await sql('staffing', "select officer_id from community_post where community_id = ? and role = 'B'", [community]);
    await sql('staffing', "delete from community_post where community_id = ? and role = 'A'", [community]);
    const res = await send(
      admin,
      graphql(`
        query VacantADuty($id: ID!) {
          community(id: $id) {
            dutyOfficer(at: "2030-06-01T12:00:00+08:00") {
              officer {
                id
              }
              basis
            }
          }
        }
      `),
      {
        id: community,
      },
    );
    expect(res.data!.community!.dutyOfficer!.officer!.id).toBe(bPost.officer_id);
    expect(res.data!.community!.dutyOfficer!.basis).toContain('B 岗');
  });
});

describe('N+1 guard', () => {
  const statementsFor = async (first: number) => {
    const before = sqlStatements.count;
    const res = await send(admin, RESIDENT_PAGE, { first });
    expect(res.errors).toBeUndefined();
    expect(res.data!.residents.nodes).toHaveLength(first);
    return { statements: sqlStatements.count - before, nodes: res.data!.residents.nodes };
  };

  it('issues the same number of SQL statements for 10 and for 100 residents', async () => {
    await statementsFor(10); // warm-up: metadata and connection set-up
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(hundred.nodes.some((n) => n.disputes!.length > 0)).toBe(true);
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(ten.statements);
  });
});

describe('N+1 guard: lists under lists of every domain', () => {
  const STATION_LISTS = graphql(`
    query StationLists($id: ID!) {
      station(id: $id) {
        communities {
          id
          surveyRounds {
            id
          }
          manualValues {
            value
          }
        }
        officers {
          id
          recentPresence {
            id
          }
        }
      }
    }
  `);
  const MERGED = graphql(`
    query MergedRecords($first: Int!) {
      residents(first: $first) {
        nodes {
          id
          mergedRecords {
            id
          }
        }
      }
    }
  `);
  const count = async <T, V extends Record<string, unknown>>(query: TypedDocument<T, V> & object, variables: V) => {
    const before = sqlStatements.count;
    const res = await send(admin, query, variables);
    expect(res.errors).toBeUndefined();
    return { statements: sqlStatements.count - before, data: res.data! };
  };

  it("reads survey rounds, manual values, officers' recent stays and merged records in as many statements for a small station or page as for a large one", async () => {
    const [small, large] = [demoStations()[1], demoStations()[7]];
    await count(STATION_LISTS, { id: small.id }); // warm-up
    const few = await count(STATION_LISTS, { id: small.id });
    const many = await count(STATION_LISTS, { id: large.id });
    expect(many.data.station!.communities.length).toBeGreaterThan(few.data.station!.communities.length);
    expect(many.data.station!.officers!.length).toBeGreaterThan(few.data.station!.officers!.length);
    expect(many.statements).toBe(few.statements);
    await count(MERGED, { first: 10 });
    expect((await count(MERGED, { first: 100 })).statements).toBe((await count(MERGED, { first: 10 })).statements);
  });
});

describe('jurisdiction', () => {
  const outside = stableId('resident', demoStations()[0].communities[0].id, 0); // a 前门 resident
  const query = graphql(`
    query ResidentById($id: ID!) {
      resident(id: $id) {
        id
        name
      }
    }
  `);

  it('refuses a community officer a resident outside their communities', async () => {
    const res = await send(dongsi, query, { id: outside });
    expect(res.data?.resident ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('OUTSIDE_JURISDICTION');
  });

  it('gives the district admin the same resident', async () => {
    const res = await send(admin, query, { id: outside });
    expect(res.errors).toBeUndefined();
    expect(res.data!.resident!.id).toBe(outside);
  });

  it("lists only the officer's own communities", async () => {
    const me = await send(
      dongsi,
      graphql(`
        query MyCommunityIds {
          me {
            communityIds
          }
        }
      `),
      {},
    );
    const mine = new Set(me.data!.me.communityIds);
    expect(mine.size).toBeGreaterThan(0);
    const res = await send(
      dongsi,
      graphql(`
        query ResidentCommunities {
          residents(first: 200) {
            nodes {
              community {
                id
              }
            }
          }
        }
      `),
      {},
    );
    const seen = res.data!.residents.nodes.map((n) => n.community.id);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((id) => mine.has(id))).toBe(true);
  });

  it('masks ID numbers for the district admin and shows them to the responsible officer', async () => {
    const own = stableId('resident', demoStations()[1].communities[0].id, 0);
    const q = graphql(`
      query ResidentMask($id: ID!) {
        resident(id: $id) {
          idNumber
          masked
        }
      }
    `);
    const asOfficer = await send(dongsi, q, { id: own });
    const asAdmin = await send(admin, q, { id: own });
    expect(asOfficer.data!.resident).toMatchObject({ masked: false });
    expect(asOfficer.data!.resident!.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(asAdmin.data!.resident).toMatchObject({ masked: true });
    expect(asAdmin.data!.resident!.idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
  });
});

describe('audit of personal data read in clear', () => {
  it('records who, which record, which fields, which operation and from where; a forged X-Forwarded-For is not believed', async () => {
    const own = stableId('resident', demoStations()[1].communities[0].id, 7);
    await send(
      { ...dongsi, 'x-forwarded-for': '203.0.113.9' },
      graphql(`
        query Profile($id: ID!) {
          resident(id: $id) {
            idNumber
          }
        }
      `),
      { id: own },
    );
    const rows = await sql(
      'population',
      `select username, fields, operation, client_address from personal_data_access where subject_id = ? and operation = 'Profile'`,
      [own],
    );
    expect(rows).toEqual([{ username: 'dongsi', fields: ['name', 'idNumber'], operation: 'Profile', client_address: expect.stringMatching(/127\.0\.0\.1/) }]);
  });
});

describe('bad input', () => {
  it('refuses an invalid resident ID with a coded Chinese message and writes nothing', async () => {
    const community = demoStations()[1].communities[0].id;
    const res = await send(
      dongsi,
      graphql(`
        mutation RegisterBadId($input: RegisterResidentInput!) {
          registerResident(input: $input) {
            resident {
              id
            }
            errors {
              code
              message
              field
            }
          }
        }
      `),
      { input: { name: '测试无效号码', idNumber: '110105194912310021', kind: 'registered', communityId: community } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerResident.resident).toBeNull();
    expect(res.data!.registerResident.errors).toEqual([{ code: 'RESIDENT_ID_CHECKSUM', message: expect.stringMatching(/校验码/), field: 'idNumber' }]);
    const rows = await sql('population', 'select count(*)::int as n from resident where name = ?', ['测试无效号码']);
    expect(rows[0].n).toBe(0);
  });

  it('refuses requests with a forged or expired token', async () => {
    const res = await gql(platform.gatewayUrl, '{ me { id } }', {}, { authorization: 'Bearer not-a-token' });
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses direct calls to a subgraph that the gateway did not sign', async () => {
    const res = await gql(platform.subgraphUrls.population, '{ residents(first: 1) { nodes { id } } }');
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
  });
});

describe('query limits at the gateway', () => {
  const refusedBeforeSubgraphs = async (query: string, code: string) => {
    const before = sqlStatements.count;
    const res = await gql(platform.gatewayUrl, query, {}, admin);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(res.errors?.[0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(sqlStatements.count).toBe(before); // no subgraph ran a statement
  };

  it('refuses a query nested too deep', async () => {
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `station { communities { ${selection} } }`;
    await refusedBeforeSubgraphs(`{ communities { ${selection} } }`, 'QUERY_TOO_DEEP');
  });

  it('refuses a query with too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: stations { id }`).join(' ');
    await refusedBeforeSubgraphs(`{ ${aliases} }`, 'TOO_MANY_ALIASES');
  });

  it('refuses a query with too many directives', async () => {
    const directives = Array.from({ length: 25 }, () => '@include(if: true)').join(' ');
    await refusedBeforeSubgraphs(`{ stations ${directives} { id } }`, 'TOO_MANY_DIRECTIVES');
  });

  it('prices what scores the whole district: a long trend or many rankings are refused, one ranking is served', async () => {
    await refusedBeforeSubgraphs('{ scorecardTrend(period: "2026-Q2", level: station, scopeId: "x", periods: 8) { total } }', 'QUERY_TOO_COSTLY');
    const rankings = Array.from({ length: 5 }, (_, i) => `r${i}: ranking(period: "2026-Q2", level: community) { total }`).join(' ');
    await refusedBeforeSubgraphs(`{ ${rankings} }`, 'QUERY_TOO_COSTLY');
    await refusedBeforeSubgraphs(
      `{ communities { scorecard(period: "2026-Q2") { total } ranking: station { ranking(period: "2026-Q2") { total } scorecard(period: "2026-Q1") { total } } } a: stations { scorecard(period: "2026-Q3") { total } } b: stations { scorecard(period: "2026-Q4") { total } } }`,
      'QUERY_TOO_COSTLY',
    );
    const one = await gql(platform.gatewayUrl, '{ ranking(period: "2026-Q2", level: station) { total } }', {}, admin);
    expect(one.errors).toBeUndefined();
    expect(one.data!.ranking.length).toBeGreaterThan(0);
  });

  it('refuses a query that is too long', async () => {
    const fields = Array.from({ length: 3200 }, () => 'id').join(' ');
    await refusedBeforeSubgraphs(`{ stations { ${fields} } }`, 'QUERY_TOO_LONG');
  });

  it('refuses a query that would cost too much', async () => {
    // deep and wide within the depth and alias limits: the cost grows with depth
    let nest = 'id name code districtName';
    for (let i = 0; i < 4; i++) nest = `id name code districtName communities { id name code station { ${nest} } }`;
    const stations = Array.from({ length: 14 }, (_, i) => `s${i}: stations { ${nest} }`).join(' ');
    await refusedBeforeSubgraphs(`{ ${stations} }`, 'QUERY_TOO_COSTLY');
  });

  it('does not accept batched operations (one operation per request)', async () => {
    const before = sqlStatements.count;
    const res = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify([{ query: '{ stations { id } }' }, { query: '{ stations { id } }' }]),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(sqlStatements.count).toBe(before);
  });

  it('lets the console’s resident page through', async () => {
    const res = await send(admin, RESIDENT_PAGE, { first: 200 });
    expect(res.errors).toBeUndefined();
  });
});

describe('GraphQL over HTTP', () => {
  it('passes every graphql-http server audit against the gateway', async () => {
    const failures: string[] = [];
    for (const audit of serverAudits({ url: () => platform.gatewayUrl })) {
      const result = await audit.fn();
      if (result.status === 'error') failures.push(`${audit.id} ${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});

// last: it stops a subgraph
describe('a subgraph down', () => {
  it('costs only its fields: the page arrives with a coded Chinese error', async () => {
    await platform.stopSubgraph('disputes');
    const res = await send(admin, RESIDENT_PAGE, { first: 5 });
    const nodes = res.data!.residents.nodes;
    expect(nodes).toHaveLength(5);
    expect(nodes.every((n) => n.disputes === null && n.community.dutyOfficer)).toBe(true);
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('SUBGRAPH_UNAVAILABLE');
    expect(res.errors?.[0].message).toMatch(/暂时无法获取/);
  });
});

describe('logout', () => {
  it('revokes the token at once: the gateway refuses the same token afterwards', async () => {
    const session = await loginAs(platform.gatewayUrl, 'qianmen', 'Qianmen@2026');
    const me = () => gql(platform.gatewayUrl, '{ me { username } }', {}, session);
    expect((await me()).data!.me.username).toBe('qianmen');
    expect((await gql(platform.gatewayUrl, 'mutation { logout }', {}, session)).data).toEqual({ logout: true });
    await expect.poll(async () => (await me()).errors?.[0]?.extensions?.code, { timeout: 5_000, interval: 200 }).toBe('UNAUTHENTICATED');
    expect((await me()).status).toBe(401);
    // a new login is a new session
    const again = await loginAs(platform.gatewayUrl, 'qianmen', 'Qianmen@2026');
    expect((await gql(platform.gatewayUrl, '{ me { username } }', {}, again)).data!.me.username).toBe('qianmen');
  });
});

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { demoStations, stableId } from '@cp/demo-district';
import { ROOT } from '@cp/launcher';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { gql, loginAs, testDatabaseName } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typedGateway } from '../gateway';
import { graphql } from '../gql';
import { PARTNER_TOKEN, partnerHeaders } from './partner-token';

/*
 * Partner clients (警网融合) on the whole platform: registration by the district, client
 * credentials for a short token, reads scoped to the partner's communities with personal data
 * masked, scopes enforced where the data lives, rotation and revocation.
 */

const [, dongsi] = demoStations(10);
const covered = dongsi.communities[0];
const RESIDENTS_ONE = graphql(`
  query OneResident {
    residents(first: 1) {
      nodes {
        id
      }
    }
  }
`);

let platform: InProcessPlatform;
let admin: Record<string, string>;
const { call, send } = typedGateway(() => platform.gatewayUrl);
const REGISTER = graphql(`
  mutation RegisterPartner($i: RegisterPartnerInput!) {
    registerPartner(input: $i) {
      partner {
        id
        clientId
        version
        communities {
          name
        }
      }
      clientSecret
      errors {
        code
        field
      }
    }
  }
`);
const tokenFor = (clientId: string, secret: string) => partnerHeaders(call, clientId, secret);

beforeAll(async () => {
  platform = await startPlatformInProcess({
    serverUrl: inject('pgServerUrl'),
    databasePrefix: testDatabaseName('partners'),
    residentsPerCommunity: 10,
    partnerRequestsPerMinute: 20,
  });
  admin = await loginAs(platform.gatewayUrl, 'admin', 'Admin@2026');
});
afterAll(() => platform?.stop());

describe('partner clients', () => {
  it('registers a partner for its grid, exchanges credentials for a 15-minute token, and reads only its community, masked', async () => {
    const { registerPartner } = await call(admin, REGISTER, {
      i: { name: '东四街道网格化管理平台', communityIds: [covered.id], scopes: ['residents:read', 'grid-events:report'] },
    });
    expect(registerPartner.partner!.communities).toEqual([{ name: covered.name }]);
    expect(registerPartner.clientSecret).toMatch(/^[\w-]{32}$/);
    const partner = await tokenFor(registerPartner.partner!.clientId, registerPartner.clientSecret!);
    const { partnerToken } = await call({}, PARTNER_TOKEN, { id: registerPartner.partner!.clientId, secret: registerPartner.clientSecret! });
    expect(partnerToken.expiresIn).toBe(900);

    const { residents } = await call(
      partner,
      graphql(`
        query PartnerResidents {
          residents(first: 200) {
            nodes {
              community {
                id
              }
              idNumber
              phone
              masked
            }
          }
        }
      `),
    );
    expect(residents.nodes.length).toBeGreaterThan(0);
    expect(residents.nodes.every((r) => r.community.id === covered.id)).toBe(true);
    expect(residents.nodes.every((r) => r.masked && /\*{8}/.test(r.idNumber))).toBe(true);
    // the partner answers for every record it received: the audit trail names it
    const { personalDataAccesses } = await call(
      admin,
      graphql(`
        query PartnerAccessTrail($f: PersonalDataAccessFilter) {
          personalDataAccesses(first: 1, filter: $f) {
            totalCount
            nodes {
              username
              masked
              clientAddress
            }
          }
        }
      `),
      { f: { caller: 'partner', username: registerPartner.partner!.clientId } },
    );
    expect(personalDataAccesses.totalCount).toBe(residents.nodes.length);
    expect(personalDataAccesses.nodes[0]).toMatchObject({ username: registerPartner.partner!.clientId, masked: true, clientAddress: expect.any(String) });

    const outside = await send(
      partner,
      graphql(`
        query ResidentsOf($c: ID) {
          residents(communityId: $c) {
            nodes {
              id
            }
          }
        }
      `),
      { c: dongsi.communities[1].id },
    );
    expect(outside.data!.residents.nodes).toEqual([]);

    // reports a grid event (its scope), but reads no disputes and handles none
    const report = await call(
      partner,
      graphql(`
        mutation PartnerReportsEvent($i: GridEventInput!) {
          reportGridEvent(input: $i) {
            created
            errors {
              code
            }
          }
        }
      `),
      {
        i: {
          idempotencyKey: 'dongsi-grid-0001',
          title: '楼道堆物引发争执',
          category: 'neighbour',
          communityId: covered.id,
          reporterName: '网格员小陈',
          parties: [{ name: '某甲' }],
        },
      },
    );
    expect(report.reportGridEvent).toEqual({ created: true, errors: [] });
    const ledger = await send(
      partner,
      graphql(`
        query PartnerLedger {
          disputes {
            nodes {
              id
            }
          }
        }
      `),
      {},
    );
    expect(ledger.errors?.[0].extensions?.code).toBe('SCOPE_REQUIRED');
    const register = await send(
      partner,
      graphql(`
        mutation PartnerRegisters($i: RegisterDisputeInput!) {
          registerDispute(input: $i) {
            errors {
              code
            }
          }
        }
      `),
      {
        i: { title: '自行登记', category: 'neighbour', source: 'grid_report', communityId: covered.id, parties: [{ name: '某' }] },
      },
    );
    expect(register.errors?.[0].extensions?.code).toBe('PARTNER_FIELD_NOT_ALLOWED');
    // whatever is not opened to partners is closed to them at the gateway, whatever the jurisdiction (sent raw, as a prober would)
    for (const query of [
      '{ staffingReport { stations { swornOfficers } } }',
      '{ approvals { id } }',
      '{ disputeWarnings { nodes { id } } }',
      '{ personalDataAccesses { totalCount } }',
    ]) {
      expect((await gql(platform.gatewayUrl, query, {}, partner)).errors?.[0], query).toMatchObject({ extensions: { code: 'PARTNER_FIELD_NOT_ALLOWED' } });
    }
  });

  it('refuses a partner without the scope, where the data lives', async () => {
    const { registerPartner } = await call(admin, REGISTER, { i: { name: '调解委员会', communityIds: [covered.id], scopes: ['disputes:read'] } });
    const partner = await tokenFor(registerPartner.partner!.clientId, registerPartner.clientSecret!);
    const res = await send(
      partner,
      graphql(`
        query AnyResidents {
          residents {
            nodes {
              id
            }
          }
        }
      `),
      {},
    );
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'SCOPE_REQUIRED' } });
    expect(res.errors?.[0].message).toContain('实有人口');
    const report = await send(
      partner,
      graphql(`
        mutation ReportWithoutScope($i: GridEventInput!) {
          reportGridEvent(input: $i) {
            created
          }
        }
      `),
      {
        i: { idempotencyKey: 'mediation-0001', title: '某某纠纷', category: 'debt', communityId: covered.id, reporterName: '某', parties: [{ name: '某' }] },
      },
    );
    expect(report.errors?.[0].extensions?.code).toBe('SCOPE_REQUIRED');
  });

  it('rotates a secret (the old one stops working) and revokes a partner', async () => {
    const { registerPartner } = await call(admin, REGISTER, { i: { name: '综治中心', communityIds: [covered.id], scopes: ['residents:read'] } });
    const { clientId, id, version } = registerPartner.partner!;
    const rotated = (
      await call(
        admin,
        graphql(`
          mutation RotatePartnerSecret($id: ID!, $v: Int!) {
            rotatePartnerSecret(id: $id, version: $v) {
              partner {
                version
              }
              clientSecret
              errors {
                code
              }
            }
          }
        `),
        {
          id,
          v: version,
        },
      )
    ).rotatePartnerSecret;
    expect((await call({}, PARTNER_TOKEN, { id: clientId, secret: registerPartner.clientSecret! })).partnerToken.errors[0].code).toBe(
      'PARTNER_CREDENTIALS_INVALID',
    );
    await tokenFor(clientId, rotated.clientSecret!);
    const revoked = await call(
      admin,
      graphql(`
        mutation RevokePartner($id: ID!, $v: Int!) {
          revokePartner(id: $id, version: $v) {
            partner {
              revokedAt
            }
            errors {
              code
            }
          }
        }
      `),
      {
        id,
        v: rotated.partner!.version,
      },
    );
    expect(revoked.revokePartner.partner!.revokedAt).not.toBeNull();
    const refused = (await call({}, PARTNER_TOKEN, { id: clientId, secret: rotated.clientSecret! })).partnerToken;
    expect(refused).toMatchObject({ accessToken: null, errors: [{ code: 'PARTNER_CREDENTIALS_INVALID' }] });
  });

  it('ends the tokens already issued at once when a partner is rotated or revoked, and refuses rotating a revoked one', async () => {
    const RESIDENTS = graphql(`
      query FirstResident {
        residents(first: 1) {
          nodes {
            id
          }
        }
      }
    `);
    const ROTATE = graphql(`
      mutation RotateSecret($id: ID!, $v: Int!) {
        rotatePartnerSecret(id: $id, version: $v) {
          partner {
            version
          }
          clientSecret
          errors {
            code
          }
        }
      }
    `);
    const { registerPartner } = await call(admin, REGISTER, { i: { name: '网格平台乙', communityIds: [covered.id], scopes: ['residents:read'] } });
    const { clientId, id, version } = registerPartner.partner!;
    const before = await tokenFor(clientId, registerPartner.clientSecret!);
    expect((await call(before, RESIDENTS)).residents.nodes).toHaveLength(1);
    const { rotatePartnerSecret } = await call(admin, ROTATE, { id, v: version });
    const code = async (h: Record<string, string>) => (await send(h, RESIDENTS, {})).errors?.[0]?.extensions?.code;
    await expect.poll(() => code(before), { timeout: 5_000, interval: 100 }).toBe('UNAUTHENTICATED');
    const after = await tokenFor(clientId, rotatePartnerSecret.clientSecret!);
    expect(await code(after)).toBeUndefined();
    const { revokePartner } = await call(
      admin,
      graphql(`
        mutation RevokeAfterRotation($id: ID!, $v: Int!) {
          revokePartner(id: $id, version: $v) {
            partner {
              version
            }
            errors {
              code
            }
          }
        }
      `),
      {
        id,
        v: rotatePartnerSecret.partner!.version,
      },
    );
    await expect.poll(() => code(after), { timeout: 5_000, interval: 100 }).toBe('UNAUTHENTICATED');
    const again = await call(admin, ROTATE, { id, v: revokePartner.partner!.version });
    expect(again.rotatePartnerSecret).toEqual({ partner: null, clientSecret: null, errors: [{ code: 'PARTNER_REVOKED' }] });
  });

  it('cannot name a resident outside its communities as a party of a grid report', async () => {
    const { registerPartner } = await call(admin, REGISTER, { i: { name: '网格平台丙', communityIds: [covered.id], scopes: ['grid-events:report'] } });
    const partner = await tokenFor(registerPartner.partner!.clientId, registerPartner.clientSecret!);
    const outside = stableId('resident', dongsi.communities[1].id, 0);
    const REPORT = graphql(`
      mutation PartnerReport($e: GridEventInput!) {
        reportGridEvent(input: $e) {
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
    const event = (residentId: string, key: string) => ({
      e: {
        idempotencyKey: key,
        reporterName: '网格员王某',
        title: '楼道堆物引发争吵',
        category: 'neighbour',
        communityId: covered.id,
        parties: [{ name: '某某', residentId }],
      },
    });
    const refused = (await call(partner, REPORT, event(outside, 'party-outside-1'))).reportGridEvent;
    expect(refused).toEqual({ created: false, dispute: null, errors: [{ code: 'PARTY_OUTSIDE_JURISDICTION', field: 'parties.residentId' }] });
    const inside = stableId('resident', covered.id, 0);
    expect((await call(partner, REPORT, event(inside, 'party-inside-1'))).reportGridEvent).toMatchObject({ created: true, errors: [] });
  });

  it('lets only the district admin manage partners', async () => {
    const head = await loginAs(platform.gatewayUrl, 'qianmen', 'Qianmen@2026');
    const res = await send(
      head,
      graphql(`
        query Partners {
          partners {
            id
          }
        }
      `),
      {},
    );
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHORIZED');
  });

  it('limits each partner client to its requests a minute, with 429 and Retry-After', async () => {
    const { registerPartner } = await call(admin, REGISTER, { i: { name: '压测平台', communityIds: [covered.id], scopes: ['residents:read'] } });
    const partner = await tokenFor(registerPartner.partner!.clientId, registerPartner.clientSecret!);
    const post = () =>
      fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...partner },
        body: JSON.stringify({ query: '{ residents(first: 1) { nodes { id } } }' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await post()).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const limited = await post();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await limited.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toMatch(/请求过于频繁/);
    // another partner, and console users, are not held up by this one
    expect((await send(admin, RESIDENTS_ONE, {})).errors).toBeUndefined();
  });

  it("runs the partner guide's example client end to end", async () => {
    const { registerPartner } = await call(admin, REGISTER, {
      i: { name: '示例平台', communityIds: [covered.id], scopes: ['residents:read', 'grid-events:report'] },
    });
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'docs/examples/partner-client.mjs')], {
      env: {
        ...process.env,
        GATEWAY_URL: platform.gatewayUrl,
        CLIENT_ID: registerPartner.partner!.clientId,
        CLIENT_SECRET: registerPartner.clientSecret!,
        COMMUNITY_ID: covered.id,
        EVENT_KEY: 'example-0001',
      },
    });
    const steps = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(steps[0]).toEqual({ step: 'token', expiresIn: 900 });
    expect(steps[1].resident.masked).toBe(true);
    expect(steps[2].count).toBeGreaterThan(0);
    expect(steps.slice(3).map((s) => s.created)).toEqual([true, false]);
    expect(steps[3].disputeId).toBe(steps[4].disputeId);
  });
});

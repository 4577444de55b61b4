import { demoStations } from '@cp/demo-district';
import { consoleDocuments as loadConsoleDocuments, startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { testDatabaseName } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/*
 * 可信文档 on the platform in production mode: the console sends the hashes its build
 * registered; signed-in users run only the console's documents; each partner only the
 * operations an administrator registered for it (by text or hash); anonymous callers may still
 * log in and exchange credentials.
 */

const [, dongsi] = demoStations(10);
const consoleDocuments = loadConsoleDocuments();
/** The hash the console's build gave one of its operations. */
const consoleHash = (name: string): string => {
  const found = Object.entries(consoleDocuments).find(([, text]) => new RegExp(`^(query|mutation) ${name}\\b`).test(text));
  if (!found) throw new Error(`no console operation ${name}`);
  return found[0];
};

let platform: InProcessPlatform;
type Body = { query?: string; documentId?: string; variables?: Record<string, unknown> };
const post = async (body: Body, token?: string) => {
  const res = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
};
const codeOf = (r: Awaited<ReturnType<typeof post>>) => r.errors?.[0]?.extensions?.code ?? r.errors?.[0]?.message;

const LOGIN = 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const RESIDENTS = `query GridResidents($after: String) {
  residents(first: 5, after: $after) { nodes { id idNumber masked } pageInfo { endCursor hasNextPage } }
}`;
let admin: string;

async function partnerToken(): Promise<{ id: string; token: string }> {
  const { data } = await post(
    {
      documentId: consoleHash('RegisterPartner'),
      variables: { input: { name: `网格平台 ${Math.random()}`, communityIds: [dongsi.communities[0].id], scopes: ['residents:read'] } },
    },
    admin,
  );
  const { partner, clientSecret } = data!.registerPartner;
  const exchanged = await post({
    query: 'mutation { partnerToken(clientId: "' + partner.clientId + '", clientSecret: "' + clientSecret + '") { accessToken } }',
  });
  return { id: partner.id, token: exchanged.data!.partnerToken.accessToken };
}

beforeAll(async () => {
  platform = await startPlatformInProcess({
    serverUrl: inject('pgServerUrl'),
    databasePrefix: testDatabaseName('trusted'),
    residentsPerCommunity: 5,
    production: true,
  });
  admin = (await post({ query: LOGIN, variables: { u: 'admin', p: 'Admin@2026' } })).data!.login.token;
});
afterAll(() => platform?.stop());

describe('trusted documents in production', () => {
  it("runs the console's operations by the hash its build registered, and nothing else for a signed-in user", async () => {
    const stations = await post({ documentId: consoleHash('StaffingStations') }, admin);
    expect(stations.errors).toBeUndefined();
    expect(stations.data!.myStations.length).toBeGreaterThan(0);
    // Apollo's persisted-query form too
    const apollo = await post(
      { extensions: { persistedQuery: { version: 1, sha256Hash: consoleHash('StaffingStations').replace('sha256:', '') } } } as Body,
      admin,
    );
    expect(apollo.data!.myStations.length).toBe(stations.data!.myStations.length);
    expect(codeOf(await post({ query: '{ stations { id name } }' }, admin))).toBe('OPERATION_NOT_REGISTERED');
    expect(codeOf(await post({ documentId: 'sha256:0000' }, admin))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('runs for a partner only the operations registered for it, by text (any layout) or by hash', async () => {
    const a = await partnerToken();
    const b = await partnerToken();
    expect(codeOf(await post({ query: RESIDENTS }, a.token))).toBe('OPERATION_NOT_REGISTERED');

    const registered = await post(
      { documentId: consoleHash('RegisterPartnerOperation'), variables: { partnerId: a.id, document: `# 网格平台提交\n${RESIDENTS}` } },
      admin,
    );
    expect(registered.data!.registerPartnerOperation.errors).toEqual([]);
    const { hash, name } = registered.data!.registerPartnerOperation.operation;
    expect(name).toBe('GridResidents');

    // the gateway learns of the registration right after it (other replicas within their poll interval)
    await expect.poll(async () => (await post({ query: RESIDENTS }, a.token)).errors, { timeout: 5_000, interval: 100 }).toBeUndefined();
    const byText = await post({ query: RESIDENTS.replace(/\s+/g, ' ') }, a.token);
    expect(byText.errors).toBeUndefined();
    expect(byText.data!.residents.nodes.every((r: { masked: boolean }) => r.masked)).toBe(true);
    const byHash = await post({ documentId: hash }, a.token);
    expect(byHash.data!.residents.nodes).toEqual(byText.data!.residents.nodes);
    // registered for one partner is not registered for another
    expect(codeOf(await post({ query: RESIDENTS }, b.token))).toBe('OPERATION_NOT_REGISTERED');

    const bad = await post({ documentId: consoleHash('RegisterPartnerOperation'), variables: { partnerId: a.id, document: '{ residents { id } }' } }, admin);
    expect(bad.data!.registerPartnerOperation.errors[0]).toMatchObject({ code: 'OPERATION_NAME_REQUIRED', field: 'document' });

    await post({ documentId: consoleHash('RemovePartnerOperation'), variables: { partnerId: a.id, hash } }, admin);
    await expect.poll(async () => codeOf(await post({ query: RESIDENTS }, a.token)), { timeout: 5_000, interval: 100 }).toBe('OPERATION_NOT_REGISTERED');
  });

  it('lets anonymous callers log in and exchange credentials with their own documents, and nothing reads data without a token', async () => {
    expect((await post({ query: LOGIN, variables: { u: 'dongsi', p: 'Dongsi@2026' } })).data!.login.token).toMatch(/^ey/);
    expect(codeOf(await post({ query: '{ residents(first: 1) { nodes { id } } }' }))).toBe('UNAUTHENTICATED');
  });
});

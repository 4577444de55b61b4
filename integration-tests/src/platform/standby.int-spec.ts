import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStandby, type Standby } from '@cp/db';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { sqlStatements } from '@cp/service-kit';
import { freePort, freshPostgres } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Reads on a streaming standby (Debian's PostgreSQL 15 following the embedded primary): a query
 * is answered from the standby, a caller's own write is read back from the primary at once, the
 * heavy pages that keep what they compute keep it on the primary, and a standby gone sends the
 * reads back to the primary.
 */
let primary: Awaited<ReturnType<typeof freshPostgres>>;
let standby: Standby;
let standbyDir: string;
let platform: InProcessPlatform;
let admin = '';
let officer = '';
let token = ''; // who asks

/** A caller as a browser is: its bearer token and the cookies the gateway sets. */
const cookies = new Map<string, string>();
async function ask(query: string, variables: object = {}, keepCookies = true): Promise<{ data?: any; errors?: Array<{ extensions?: { code?: string } }> }> {
  const res = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
      ...(keepCookies && cookies.size && { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') }),
    },
    body: JSON.stringify({ query, variables }),
  });
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const [k, v] = pair.split('=');
    cookies.set(k, v);
  }
  return res.json() as never;
}
/** Statements the standby ran for `fn`. */
async function onStandby(fn: () => Promise<unknown>): Promise<number> {
  const before = sqlStatements.standby;
  await fn();
  return sqlStatements.standby - before;
}

beforeAll(async () => {
  primary = await freshPostgres('cp-standby-primary-');
  standbyDir = mkdtempSync(join(tmpdir(), 'cp-standby-'));
  standby = await startStandby({ primaryUrl: primary.adminUrl, dataDir: standbyDir, port: await freePort() });
  platform = await startPlatformInProcess({ serverUrl: primary.adminUrl, databasePrefix: 'cp_sb', residentsPerCommunity: 5, standby });
  const login = async (username: string, password: string) =>
    (await ask('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password }, false)).data.login
      .token as string;
  admin = await login('admin', 'Admin@2026');
  officer = await login('dongsi', 'Dongsi@2026');
  token = admin;
}, 180_000);
afterAll(async () => {
  await platform?.stop();
  await standby?.stop();
  await primary?.stop();
  rmSync(standbyDir, { recursive: true, force: true });
});

const RESIDENTS = '{ residents(first: 5) { nodes { id version } } }';
const RESIDENT = 'query ($id: ID!) { resident(id: $id) { id version } }';

describe('reads on a streaming standby', () => {
  it('answers a query from the standby', async () => {
    let answer: Awaited<ReturnType<typeof ask>> = {};
    expect(await onStandby(async () => (answer = await ask(RESIDENTS, {}, false)))).toBeGreaterThan(0);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.residents.nodes).toHaveLength(5);
  });

  it('reads a caller’s own write from the primary at once, whatever the standby has replayed', async () => {
    token = officer; // the community's officer updates a resident of theirs
    const [r] = (await ask(RESIDENTS, {}, false)).data.residents.nodes;
    const updated = await ask('mutation ($i: UpdateResidentContactInput!) { updateResidentContact(input: $i) { resident { version } errors { code } } }', {
      i: { id: r.id, version: r.version, phone: '13800138000' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateResidentContact).toEqual({ resident: { version: r.version + 1 }, errors: [] });
    expect(cookies.get('cp_wrote')).toBe('1');
    let again: Awaited<ReturnType<typeof ask>> = {};
    // with the cookie the mutation's answer set: from the primary, the new version
    expect(await onStandby(async () => (again = await ask(RESIDENT, { id: r.id })))).toBe(0);
    expect(again.data.resident.version).toBe(r.version + 1);
    // a caller without it is served by the standby
    expect(await onStandby(() => ask(RESIDENT, { id: r.id }, false))).toBeGreaterThan(0);
    token = admin;
  });

  it('serves the heavy pages from the standby and keeps what they compute on the primary', async () => {
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    let answer: Awaited<ReturnType<typeof ask>> = {};
    const ran = await onStandby(async () => (answer = await ask(`{ ranking(level: community, period: "${month}") { scopeId rank } }`, {}, false)));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.ranking.length).toBeGreaterThan(0);
    expect(ran).toBeGreaterThan(0);
    const kept = await platform.orms.performance.em.getConnection().execute('select count(*)::int as n from district_facts_kept');
    expect(kept[0].n).toBeGreaterThan(0);
  });

  it('sends the reads back to the primary when the standby is gone', async () => {
    await standby.stop();
    await new Promise((r) => setTimeout(r, 2_500)); // the next measure finds it gone
    let answer: Awaited<ReturnType<typeof ask>> = {};
    expect(await onStandby(async () => (answer = await ask(RESIDENTS, {}, false)))).toBe(0);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.residents.nodes).toHaveLength(5);
  });
});

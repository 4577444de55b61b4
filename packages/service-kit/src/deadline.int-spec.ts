import { DEV_SECRETS, GATEWAY_TIMEOUT_HEADER, GATEWAY_TOKEN_HEADER, signGatewayToken } from '@cp/auth';
import { ensureDatabase } from '@cp/db';
import { Arg, Authorized, Ctx, Float, Int, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BaseContext, SubgraphDefinition } from './definition';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from './orm';
import { startSubgraphServer, type RunningSubgraph } from './server';

/*
 * A request nobody waits for stops its SQL: at the deadline the gateway sent, or when the
 * gateway hangs up. Checked in PostgreSQL itself (pg_stat_activity), on a subgraph whose only
 * query sleeps in the database for as long as it is asked to.
 */

@Resolver()
class SleepResolver {
  @Authorized()
  @Query(() => Int)
  async sleep(@Arg('seconds', () => Float) seconds: number, @Arg('tag') tag: string, @Ctx() ctx: BaseContext): Promise<number> {
    // the tag, in a comment, finds this statement in pg_stat_activity
    await ctx.em.getConnection().execute(`select pg_sleep(?) /* ${tag.replace(/\W/g, '')} */`, [seconds]);
    return 1;
  }
}

const def: SubgraphDefinition = { name: 'sleeper', entities: [], resolvers: [SleepResolver], references: {}, migrations: [], bindings: new Map() };
let orm: MikroORM;
let server: RunningSubgraph;

beforeAll(async () => {
  const url = await ensureDatabase(inject('pgServerUrl'), `t_deadline_${process.pid}`);
  orm = await openOrm({ databaseUrl: url, entities: [], migrations: [] });
  const gateway = { url: 'http://127.0.0.1:9/graphql', tokenSecret: DEV_SECRETS.userToken };
  server = await startSubgraphServer(def, orm, { port: 0, gatewaySecret: DEV_SECRETS.gateway, logLevel: 'silent', gateway });
});
afterAll(async () => {
  await server?.close();
  await orm?.close();
});

const claims = { sub: 'u', username: 'u', name: '测试', roles: ['district_admin' as const], stationIds: [], communityIds: [] };

async function ask(seconds: number, tag: string, headers: Record<string, string> = {}, signal?: AbortSignal) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [GATEWAY_TOKEN_HEADER]: await signGatewayToken(claims, DEV_SECRETS.gateway), ...headers },
    body: JSON.stringify({ query: 'query($s: Float!, $t: String!) { sleep(seconds: $s, tag: $t) }', variables: { s: seconds, t: tag } }),
    signal,
  });
  return (await res.json()) as { data?: { sleep: number } | null; errors?: Array<{ extensions?: { code?: string } }> };
}

/** Statements carrying the tag that PostgreSQL is running now. */
async function runningWith(tag: string): Promise<number> {
  const rows: Array<{ n: string }> = await orm.em
    .fork()
    .getConnection()
    .execute(`select count(*) as n from pg_stat_activity where state = 'active' and query like ? and query not like '%pg_stat_activity%'`, [`%${tag}%`]);
  return Number(rows[0]!.n);
}

async function eventually(check: () => Promise<boolean>, ms = 3_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe('a request nobody waits for stops its statements', () => {
  it('at the deadline the gateway sent: the statement is cancelled and the answer says so', async () => {
    const started = Date.now();
    const answer = await ask(30, 'deadline', { [GATEWAY_TIMEOUT_HEADER]: '400' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer.errors?.[0]?.extensions?.code).toBe('DEADLINE_EXCEEDED');
    expect(await runningWith('deadline')).toBe(0);
  });

  it('when the caller hangs up: the statement stops though its deadline is far', async () => {
    const hangUp = new AbortController();
    const asked = ask(30, 'hangup', { [GATEWAY_TIMEOUT_HEADER]: '60000' }, hangUp.signal).catch((e: unknown) => e);
    expect(await eventually(async () => (await runningWith('hangup')) === 1)).toBe(true);
    hangUp.abort();
    await asked;
    expect(await eventually(async () => (await runningWith('hangup')) === 0)).toBe(true);
  });

  it("cancels only that request's statements: another request on the same pool finishes", async () => {
    const other = ask(1.5, 'neighbour', { [GATEWAY_TIMEOUT_HEADER]: '10000' });
    const cut = await ask(30, 'cut', { [GATEWAY_TIMEOUT_HEADER]: '300' });
    expect(cut.errors?.[0]?.extensions?.code).toBe('DEADLINE_EXCEEDED');
    expect((await other).data?.sleep).toBe(1);
    // the pool's connections are fit for the next requests
    expect((await ask(0, 'after')).data?.sleep).toBe(1);
  });
});

import { withDatabase } from '@cp/db';
import { preparePlatformDatabases, SERVICES, startPlatformProcesses, type PlatformProcesses } from '@cp/launcher';
import { freePort, testDatabaseName } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runFailover } from './failover';

/*
 * The short smoke of the two-replica mode (the benchmark runs it longer): two of every subgraph
 * and of the gateway behind HAProxy, real processes, one replica of each ended under load, by
 * SIGKILL or SIGTERM, and started again: no read fails, no visit is lost or made twice, and the
 * timed jobs both replicas ran at start wrote their rows once.
 */
let platform: PlatformProcesses;
let databases: Map<string, string>;
const sql = async (service: string, q: string) => withDatabase(databases.get(service)!, async (c) => (await c.query(q)).rows);

beforeAll(async () => {
  databases = await preparePlatformDatabases(inject('pgServerUrl'), testDatabaseName('replicas'), { residentsPerCommunity: 5 });
  const ports = { gateway: await freePort(), ...Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [s.name, await freePort()]))) };
  platform = await startPlatformProcesses({
    databases,
    replicas: 2,
    host: '127.0.0.1',
    ports,
    env: { ...process.env, LOG_LEVEL: 'error' },
    rateLimitDatabaseUrl: databases.get('staffing'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}, 180_000);
afterAll(() => platform?.close());

describe('two replicas of everything behind HAProxy', () => {
  it('loses no request and makes no visit twice while one replica of each service is ended and started again', async () => {
    const report = await runFailover({
      platform,
      databases,
      residentsPerCommunity: 5,
      clients: 4,
      kills: [
        { name: 'population', signal: 'SIGKILL' },
        { name: 'gateway', signal: 'SIGKILL' },
        { name: 'tasks', signal: 'SIGTERM' },
        { name: 'staffing', signal: 'SIGKILL' },
        { name: 'gateway', signal: 'SIGTERM' },
        { name: 'disputes', signal: 'SIGKILL' },
        { name: 'performance', signal: 'SIGTERM' },
      ],
      pauseMs: 800,
    });
    expect(report.failures).toEqual([]);
    expect(report.reads.answered).toBeGreaterThan(50);
    expect(report.writes.visits).toBeGreaterThan(20);
    expect(report.writes).toMatchObject({ missing: 0, doubled: 0 });
    expect(report.kills).toHaveLength(7);

    // both disputes replicas swept overdue disputes at start (and again when restarted): one open warning each
    const warnings = await sql(
      'disputes',
      `select count(*)::int as n, count(distinct (dispute_id, kind))::int as distinct from dispute_warning where status <> 'closed'`,
    );
    expect(warnings[0].n).toBeGreaterThan(0);
    expect(warnings[0].n).toBe(warnings[0].distinct);
  }, 180_000);
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ensureDatabase, startEmbeddedPostgres } from '@cp/db';
import { HAPROXY, preparePlatformDatabases, ROOT, SERVICES, startPlatformProcesses, type ProcessName } from '@cp/launcher';
import { runFailover, type Kill } from './failover';

/**
 * The two-replica mode under load, at length (the test run has a short smoke of it): the demo
 * district on a fresh PostgreSQL, two of every subgraph and of the gateway behind Debian's
 * HAProxy (installed here when missing, as root), phones reading and writing while every replica
 * of every service is ended in turn, by SIGTERM and by SIGKILL, and started again.
 *   node bench/dist/replicas/run.js [--per-community 240] [--clients 8] [--rounds 1]
 * Writes bench/results/replicas.md.
 */
async function main(): Promise<void> {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1]! : fallback;
  };
  const perCommunity = Number(arg('per-community', '240'));
  const clients = Number(arg('clients', '8'));
  const rounds = Number(arg('rounds', '1'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/debian-packages.mjs'), `${HAPROXY}=haproxy=双副本基准需要 HAProxy`], { stdio: 'inherit' });

  const dataDir = mkdtempSync(join(tmpdir(), 'cp-replicas-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: 54394, ephemeral: true });
  let platform: Awaited<ReturnType<typeof startPlatformProcesses>> | null = null;
  try {
    console.log(`seeding the demo district (${perCommunity} residents per community)…`);
    const databases = await preparePlatformDatabases(pg.adminUrl, 'cp_replicas', { residentsPerCommunity: perCommunity });
    const ports = { gateway: 24000, ...Object.fromEntries(SERVICES.map((s, i) => [s.name, 24001 + i])) };
    platform = await startPlatformProcesses({
      databases,
      replicas: 2,
      host: '127.0.0.1',
      ports,
      env: { ...process.env, LOG_LEVEL: 'error', DEMO_RESIDENTS_PER_COMMUNITY: String(perCommunity) },
      rateLimitDatabaseUrl: await ensureDatabase(pg.adminUrl, 'cp_replicas_gateway'),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // every replica of every service, by each signal, `rounds` times
    const names: ProcessName[] = [...SERVICES.map((s) => s.name), 'gateway'];
    const kills: Kill[] = [];
    for (let r = 0; r < rounds; r++)
      for (const signal of ['SIGKILL', 'SIGTERM'] as const) for (const name of names) kills.push({ name, signal }, { name, signal });
    console.log(`${kills.length} replicas ended in turn under ${clients} phones…`);
    const report = await runFailover({
      platform,
      databases,
      residentsPerCommunity: perCommunity,
      clients,
      kills,
      pauseMs: 1_500,
    });
    const lines = [
      '# Two replicas of everything behind HAProxy, one ended at a time under load',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${process.arch}, Node ${process.version}) by \`node bench/dist/replicas/run.js --per-community ${perCommunity} --clients ${clients} --rounds ${rounds}\`:`,
      `the demo district (${perCommunity} residents per community), two replicas of each of the ${SERVICES.length} subgraphs and of the gateway behind Debian's HAProxy, all on one PostgreSQL.`,
      `${clients} phones as the demo community officer: two reads of the field app's inbox (FieldInbox, through tasks, population and staffing) for each visit recorded (FieldSendVisit, with its device key, resent until answered as the outbox does).`,
      'Each replica of each service in turn ended by SIGKILL (a crash) or SIGTERM (a rolling restart: it drains), out for a second, started again and back once HAProxy finds it ready.',
      '',
      '| | |',
      '|---|---|',
      `| run | ${report.seconds.toFixed(0)} s, ${report.kills.length} replicas ended (${report.kills.filter((k) => k.signal === 'SIGKILL').length} by SIGKILL) |`,
      `| reads answered | ${report.reads.answered} (${(report.reads.answered / report.seconds).toFixed(0)}/s), failed ${report.reads.failed}; p50 ${report.reads.p50.toFixed(0)} ms, p99 ${report.reads.p99.toFixed(0)} ms |`,
      `| visits | ${report.writes.visits} recorded, ${report.writes.attempts} sends (${report.writes.resent} resent after a lost answer) |`,
      `| visits lost / made twice | ${report.writes.missing} / ${report.writes.doubled} |`,
      `| failures | ${report.failures.length ? report.failures.slice(0, 10).join('; ') : 'none'} |`,
      '',
      '| replica ended | signal | out until ready again (ms) |',
      '|---|---|---:|',
      ...report.kills.map((k) => `| ${k.name} ${k.replica} | ${k.signal} | ${k.outMs.toFixed(0)} |`),
      '',
    ];
    const file = resolve(__dirname, '../../results/replicas.md');
    writeFileSync(file, lines.join('\n'));
    console.log(lines.join('\n'));
    if (report.failures.length || report.writes.missing || report.writes.doubled) process.exitCode = 1;
  } finally {
    await platform?.close();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { Pool } from 'pg';
import { chmodSync, chownSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEBIAN_BIN, libpqEnv } from './backup';
import { databaseUrl, withDatabase } from './databases';
import { POSTGRES_MAJOR } from './embedded-server';

const run = promisify(execFile);

export interface Standby {
  /** The standby's administration URL (its `postgres` database; same user and password as the primary's). */
  adminUrl: string;
  port: number;
  /** Bytes of WAL the standby has still to replay (0: it shows what the primary has). */
  lagBytes(): Promise<number>;
  stop(): Promise<void>;
}

export interface StandbyOptions {
  /** The primary's administration URL (a role allowed to replicate: the embedded server's postgres). */
  primaryUrl: string;
  /** An empty folder for the standby's data. */
  dataDir: string;
  port: number;
}

/**
 * A hot standby of `primaryUrl` streaming its WAL: a base backup (`pg_basebackup -R`), then
 * Debian's PostgreSQL 15 server on it, read-only. Debian's postgresql-15 package provides both
 * (the embedded package has no pg_basebackup); as root the server runs as the `postgres` user.
 */
export async function startStandby(options: StandbyOptions): Promise<Standby> {
  const bin = process.env.PG_BIN ?? DEBIAN_BIN(POSTGRES_MAJOR);
  const server = join(bin, 'postgres');
  if (!existsSync(server) || !existsSync(join(bin, 'pg_basebackup'))) {
    throw new Error(
      `只读副本需要 PostgreSQL ${POSTGRES_MAJOR} 的服务器程序：请安装 Debian 的 postgresql-${POSTGRES_MAJOR}（apt-get install postgresql-${POSTGRES_MAJOR}），或设置 PG_BIN。\n` +
        `A standby needs postgres and pg_basebackup ${POSTGRES_MAJOR} in ${bin}.`,
    );
  }
  const owner = process.getuid?.() === 0 ? userIds('postgres') : undefined;
  if (owner) chownSync(options.dataDir, owner.uid, owner.gid);
  chmodSync(options.dataDir, 0o700);
  // -R: standby.signal and primary_conninfo; -X stream: the WAL of the backup's own span with it
  await run(join(bin, 'pg_basebackup'), ['-D', options.dataDir, '-R', '-X', 'stream', '-c', 'fast', '-w'], {
    env: libpqEnv(options.primaryUrl),
    ...owner,
  });
  // a hot standby refuses to start with fewer of these than its primary has (flags there, not in the copied files)
  const matched = await withDatabase(options.primaryUrl, async (c) =>
    (
      await c.query<{ name: string; setting: string }>(
        `select name, setting from pg_settings where name in ('max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction')`,
      )
    ).rows.flatMap((r) => ['-c', `${r.name}=${r.setting}`]),
  );
  const args = ['-D', options.dataDir, '-p', String(options.port), '-c', 'hot_standby=on', '-c', 'fsync=off', '-k', '/tmp', ...matched];
  const child: ChildProcess = spawn(server, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...owner,
  });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const u = new URL(options.primaryUrl);
  u.port = String(options.port);
  const adminUrl = u.toString();
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`standby exited: ${log}`);
    try {
      if (await withDatabase(adminUrl, async (c) => (await c.query('select pg_is_in_recovery() as r')).rows[0].r)) break;
    } catch {
      /* starting */
    }
    if (Date.now() > deadline) throw new Error(`standby did not start within 60 s: ${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const probe = lagProbe(options.primaryUrl, adminUrl);
  let stopped: Promise<void> | null = null;
  return {
    adminUrl,
    port: options.port,
    lagBytes: () => probe.lagBytes(),
    // once, however often it is asked (a test stops it midway, then at its end)
    stop: () =>
      (stopped ??= (async () => {
        await probe.close();
        if (child.exitCode === null) child.kill('SIGINT'); // fast shutdown
        await exited;
      })()),
  };
}

/** Measures a standby's lag again and again over one connection to each server (its statements are no request's). */
export function lagProbe(primaryUrl: string, standbyUrl: string): { lagBytes(): Promise<number>; close(): Promise<void> } {
  const [primary, standby] = [primaryUrl, standbyUrl].map((url) => new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 2_000 }));
  for (const pool of [primary, standby]) pool.on('error', () => undefined); // a server gone: the next probe says so
  return {
    lagBytes: async () => {
      const replayed = (await standby.query<{ lsn: string | null }>('select pg_last_wal_replay_lsn()::text as lsn')).rows[0].lsn;
      if (!replayed) throw new Error('not a standby');
      const { rows } = await primary.query<{ lag: string }>('select pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)::bigint as lag', [replayed]);
      return Math.max(0, Number(rows[0].lag));
    },
    close: async () => {
      await Promise.all([primary.end(), standby.end()]);
    },
  };
}

/** The same database on the standby. */
export const standbyDatabaseUrl = (standby: Standby, database: string): string => databaseUrl(standby.adminUrl, database);

function userIds(name: string): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}:`));
  if (!line) throw new Error(`no user ${name}: as root the standby runs as ${name} (Debian's postgresql package creates it)`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

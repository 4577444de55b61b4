import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Client } from 'pg';
import { databaseUrl, withDatabase } from './databases';
import { POSTGRES_MAJOR } from './embedded-server';

/**
 * Backups with PostgreSQL's own tools: one `pg_dump` archive per service database, taken in a
 * snapshot whose row counts the manifest records, and `pg_restore` into a fresh server, checked
 * against those counts. The platform's PostgreSQL is 15 (the embedded server and Debian 12's), so
 * Debian's `postgresql-client-15` provides the programs.
 */

const run = promisify(execFile);

/** What a backup holds: per database its archive and the rows of every table at the moment it was taken. */
export interface BackupManifest {
  createdAt: string;
  serverVersion: string;
  databases: Array<{ name: string; file: string; bytes: number; seconds: number; rows: Record<string, number> }>;
}

const MANIFEST = 'manifest.json';
/** Where Debian puts each major version's client programs. */
export const DEBIAN_BIN = (major: number) => `/usr/lib/postgresql/${major}/bin`;

/** `pg_dump` and `pg_restore` of the given major version: `PG_BIN`, or Debian's postgresql-client. */
export function postgresTools(major = POSTGRES_MAJOR): { pgDump: string; pgRestore: string } {
  const bin = process.env.PG_BIN ?? DEBIAN_BIN(major);
  const tools = { pgDump: join(bin, 'pg_dump'), pgRestore: join(bin, 'pg_restore') };
  if (!existsSync(tools.pgDump) || !existsSync(tools.pgRestore)) {
    throw new Error(
      `备份需要 PostgreSQL ${major} 的客户端程序：请安装 Debian 的 postgresql-client-${major}（apt-get install postgresql-client-${major}），或设置 PG_BIN。\n` +
        `Backups need pg_dump and pg_restore ${major} in ${bin}.`,
    );
  }
  return tools;
}

/** The libpq environment for a URL, so the password never appears on a command line (`ps` shows those). */
export function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
  };
}

/** Rows of every table of the database's own schemas, as `client`'s transaction sees them. */
async function rowsPerTable(client: Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select format('%I.%I', schemaname, tablename) as name from pg_tables
     where schemaname not in ('pg_catalog', 'information_schema') order by 1`,
  );
  const rows: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows: counted } = await client.query<{ n: string }>(`select count(*) as n from ${name}`);
    rows[name] = Number(counted[0]!.n);
  }
  return rows;
}

/**
 * Dumps each database into `to` (created), with a manifest. Each archive and its counts come
 * from one exported snapshot, so what the manifest says is exactly what the archive holds,
 * while the services go on writing.
 */
export async function backupDatabases(options: { databases: Array<{ name: string; url: string }>; to: string }): Promise<BackupManifest> {
  const { pgDump } = postgresTools();
  await mkdir(options.to, { recursive: true });
  const manifest: BackupManifest = { createdAt: new Date().toISOString(), serverVersion: '', databases: [] };
  for (const { name, url } of options.databases) {
    const file = `${name}.dump`;
    const started = Date.now();
    const rows = await withDatabase(url, async (client) => {
      manifest.serverVersion = (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v;
      await client.query('begin isolation level repeatable read read only');
      const { rows: exported } = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot');
      const counted = await rowsPerTable(client);
      // the snapshot lives as long as this transaction: pg_dump runs inside it
      await run(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${exported[0]!.snapshot}`, `--file=${join(options.to, file)}`], {
        env: libpqEnv(url),
      });
      await client.query('commit');
      return counted;
    });
    const { size } = await stat(join(options.to, file));
    manifest.databases.push({ name, file, bytes: size, seconds: (Date.now() - started) / 1000, rows });
  }
  await writeFile(join(options.to, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

export interface RestoreReport {
  databases: Array<{ name: string; seconds: number; rows: number }>;
}

/**
 * Restores a backup into databases of the same names on `serverUrl`, which must not exist yet
 * (a restore never overwrites), then checks every table's rows against the manifest.
 */
export async function restoreDatabases(options: { serverUrl: string; from: string; jobs?: number }): Promise<RestoreReport> {
  const { pgRestore } = postgresTools();
  const manifest = JSON.parse(await readFile(join(options.from, MANIFEST), 'utf8')) as BackupManifest;
  const report: RestoreReport = { databases: [] };
  for (const db of manifest.databases) {
    if (!/^[a-z_][a-z0-9_]*$/.test(db.name)) throw new Error(`Invalid database name in manifest: ${db.name}`);
    const started = Date.now();
    await withDatabase(options.serverUrl, async (client) => {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [db.name]);
      if (rowCount) throw new Error(`数据库 ${db.name} 已存在：恢复不会覆盖现有数据 (database exists; a restore never overwrites)`);
      await client.query(`create database "${db.name}"`);
    });
    const url = databaseUrl(options.serverUrl, db.name);
    await run(
      pgRestore,
      ['--no-owner', '--no-privileges', '--exit-on-error', `--jobs=${options.jobs ?? 2}`, `--dbname=${db.name}`, join(options.from, db.file)],
      {
        env: libpqEnv(url),
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const restored = await withDatabase(url, rowsPerTable);
    const missing = Object.entries(db.rows).filter(([table, n]) => restored[table] !== n);
    if (missing.length) {
      const lines = missing.map(([table, n]) => `${table}: ${restored[table] ?? '缺表'} / ${n}`);
      throw new Error(`恢复后 ${db.name} 的记录数与备份不符 (rows differ after restore):\n  ${lines.join('\n  ')}`);
    }
    report.databases.push({ name: db.name, seconds: (Date.now() - started) / 1000, rows: Object.values(restored).reduce((a, b) => a + b, 0) });
  }
  return report;
}

/** Keeps the newest `keep` backups under `root` (folders named by their time), removes the rest. */
export async function pruneBackups(root: string, keep: number): Promise<string[]> {
  const backups: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isDirectory() && existsSync(join(root, entry.name, MANIFEST))) backups.push(entry.name);
  }
  const removed = backups.sort().slice(0, Math.max(backups.length - keep, 0));
  for (const name of removed) await rm(join(root, name), { recursive: true, force: true });
  return removed;
}

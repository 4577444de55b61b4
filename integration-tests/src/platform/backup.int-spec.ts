import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabases, databaseUrl, restoreDatabases, withDatabase } from '@cp/db';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { freshPostgres, loginAs, testDatabaseName } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typedGateway } from '../gateway';
import { graphql } from '../gql';

/*
 * Backups that restore: every service's database, dumped while the platform runs, restored into
 * a fresh PostgreSQL, holds every row of every table — the append-only personal-data audit,
 * the account log and the histories included — with the same contents, and the restored audit
 * still refuses to be rewritten.
 */

const READ_PEOPLE = graphql(`
  query BackupReads($first: Int!) {
    residents(first: $first) {
      nodes {
        id
        idNumber
      }
    }
  }
`);

let platform: InProcessPlatform;
let fresh: Awaited<ReturnType<typeof freshPostgres>>;
const dirs: string[] = [];
const prefix = testDatabaseName('backup');
const names = ['population', 'disputes', 'staffing', 'performance', 'tasks'].map((s) => `${prefix}_${s}`);

beforeAll(async () => {
  platform = await startPlatformInProcess({ serverUrl: inject('pgServerUrl'), databasePrefix: prefix, residentsPerCommunity: 12 });
  const dongsi = await loginAs(platform.gatewayUrl, 'dongsi', 'Dongsi@2026');
  await typedGateway(() => platform.gatewayUrl).call(dongsi, READ_PEOPLE, { first: 5 }); // audit rows
  fresh = await freshPostgres('cp-restore-pg-');
});

afterAll(async () => {
  await platform?.stop();
  await fresh?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every table's rows and a digest of their contents, for comparing two copies of a database. */
async function contents(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  return withDatabase(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname not in ('pg_catalog', 'information_schema') order by 1`,
    );
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; digest: string | null }>(
        `select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from ${name} t`,
      );
      out[name] = { rows: Number(rows[0]!.n), digest: rows[0]!.digest ?? '' };
    }
    return out;
  });
}

describe('a backup of every service database', () => {
  it('restores into a fresh PostgreSQL with every row, audit and history included, and the audit still append-only', async () => {
    const source = inject('pgServerUrl');
    const to = mkdtempSync(join(tmpdir(), 'cp-backup-'));
    dirs.push(to);
    // the platform stays up: the dump is a snapshot, not a pause
    const manifest = await backupDatabases({ databases: names.map((name) => ({ name, url: databaseUrl(source, name) })), to });
    expect(manifest.serverVersion).toMatch(/^15\./);
    const population = manifest.databases.find((d) => d.name.endsWith('_population'))!;
    expect(population.rows['public.personal_data_access']).toBeGreaterThanOrEqual(5);
    expect(manifest.databases.find((d) => d.name.endsWith('_staffing'))!.rows['public.post_history']).toBeGreaterThan(0);

    const report = await restoreDatabases({ serverUrl: fresh.adminUrl, from: to });
    expect(report.databases.map((d) => d.name)).toEqual(names);
    for (const name of names) {
      const [before, after] = await Promise.all([contents(databaseUrl(source, name)), contents(databaseUrl(fresh.adminUrl, name))]);
      expect(after, name).toEqual(before);
      expect(Object.keys(after).length, name).toBeGreaterThan(1);
    }

    // the restored audit is the same append-only table: its trigger came along
    const rewrite = await withDatabase(databaseUrl(fresh.adminUrl, names[0]!), (c) => c.query(`update personal_data_access set username = 'x'`)).catch(
      (e: Error) => e,
    );
    expect(rewrite).toBeInstanceOf(Error);
    // and a restore never overwrites
    await expect(restoreDatabases({ serverUrl: fresh.adminUrl, from: to })).rejects.toThrow(/已存在/);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { backupDatabases, databaseUrl, restoreDatabases, startEmbeddedPostgres } from '@cp/db';

/**
 * How long a backup and a restore of a generated district take (docs/DEPLOYMENT.md quotes it):
 * the district's five databases dumped from the scale server, restored into a fresh PostgreSQL
 * and checked table by table, as `npm run backup` / `npm run restore` do.
 *   node bench/dist/scale/restore.js [--residents 1000000] [--jobs 2]
 * (the district must exist: `node bench/dist/scale/generate.js --residents N`)
 */
async function main(): Promise<void> {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1]! : fallback;
  };
  const residents = Number(arg('residents', '1000000'));
  const prefix = `cp_scale_${residents}`;
  const source = await startEmbeddedPostgres({ dataDir: resolve(__dirname, '../../.scale-pg'), port: 54392 });
  const scratch = mkdtempSync(join(tmpdir(), 'cp-restore-bench-'));
  // its own folder: the server runs as its own user, who cannot enter a folder only root may
  const freshDir = mkdtempSync(join(tmpdir(), 'cp-restore-bench-pg-'));
  const fresh = await startEmbeddedPostgres({ dataDir: freshDir, port: 54393, ephemeral: true });
  try {
    const names = ['population', 'disputes', 'staffing', 'performance', 'tasks'].map((s) => `${prefix}_${s}`);
    let t = Date.now();
    const manifest = await backupDatabases({
      databases: names.map((name) => ({ name, url: databaseUrl(source.adminUrl, name) })),
      to: join(scratch, 'backup'),
    });
    const backupSeconds = (Date.now() - t) / 1000;
    t = Date.now();
    const report = await restoreDatabases({ serverUrl: fresh.adminUrl, from: join(scratch, 'backup'), jobs: Number(arg('jobs', '2')) });
    const restoreSeconds = (Date.now() - t) / 1000;
    const rows = report.databases.reduce((a, d) => a + d.rows, 0);
    const mb = manifest.databases.reduce((a, d) => a + d.bytes, 0) / 1e6;
    console.log(
      `${residents} residents: ${rows} rows in ${names.length} databases, archives ${mb.toFixed(0)} MB; backup ${backupSeconds.toFixed(0)} s, restore with checks ${restoreSeconds.toFixed(0)} s`,
    );
    for (const d of report.databases) console.log(`  ${d.name}: ${d.rows} rows restored and checked in ${d.seconds.toFixed(1)} s`);
  } finally {
    await fresh.stop();
    await source.stop();
    rmSync(scratch, { recursive: true, force: true });
    rmSync(freshDir, { recursive: true, force: true });
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

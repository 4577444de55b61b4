import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  backupDatabases,
  databaseUrl,
  embeddedAdminUrl,
  pruneBackups,
  restoreDatabases,
  startEmbeddedPostgres,
  withDatabase,
  type EmbeddedServer,
} from '@cp/db';
import { loadEnv, serviceDatabaseUrl, type LauncherEnv } from './env';
import { SERVICES } from './services';

/**
 * `npm run backup` — every service's database, dumped into `<BACKUP_DIR>/<time>/` with a
 * manifest of its rows; the oldest beyond `--keep` are removed. For cron or a CronJob:
 *   0 2 * * *  cd /opt/community-policing && npm run backup -- --keep 14
 * `npm run restore -- --from <folder> [--server <url>]` — into a server where those databases
 * do not exist yet (a fresh one), checked table by table against the manifest.
 * The server is DATABASE_URL's, or the embedded one (started for the while if `npm start` is not running).
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { to: { type: 'string' }, keep: { type: 'string' }, from: { type: 'string' }, server: { type: 'string' } },
  });
  const env = loadEnv();
  const [command] = positionals;
  if (command === 'backup') {
    const root = values.to ?? process.env.BACKUP_DIR ?? join(env.DATA_DIR, 'backups');
    await withServer(env, async (serverUrl) => {
      const to = join(root, new Date().toISOString().replace(/[:.]/g, '-'));
      const databases = SERVICES.map((s) => ({ name: s.database, url: serviceDatabaseUrl(env, s.name) ?? databaseUrl(serverUrl, s.database) }));
      const manifest = await backupDatabases({ databases, to });
      for (const db of manifest.databases) {
        const rows = Object.values(db.rows).reduce((a, b) => a + b, 0);
        console.log(`${db.name}: ${rows} 行, ${(db.bytes / 1e6).toFixed(1)} MB, ${db.seconds.toFixed(1)} s`);
      }
      console.log(`备份完成 (backup written): ${to}`);
      if (values.keep) for (const old of await pruneBackups(root, Number(values.keep))) console.log(`已删除旧备份 (removed): ${old}`);
    });
  } else if (command === 'restore' && values.from) {
    const from = values.from;
    const restore = (serverUrl: string) =>
      restoreDatabases({ serverUrl, from }).then((report) => {
        for (const db of report.databases) console.log(`${db.name}: ${db.rows} 行已恢复并核对, ${db.seconds.toFixed(1)} s`);
      });
    await (values.server ? restore(values.server) : withServer(env, restore));
  } else {
    console.error('用法 (usage): backup [--to DIR] [--keep N] | restore --from DIR [--server URL]');
    process.exit(2);
  }
}

/** DATABASE_URL's server, or the embedded one: the running one if `npm start` holds it, else started for this command. */
async function withServer(env: LauncherEnv, fn: (serverUrl: string) => Promise<void>): Promise<void> {
  if (env.DATABASE_URL) return fn(env.DATABASE_URL);
  const running = embeddedAdminUrl(env.PG_PORT);
  const up = await withDatabase(running, (c) => c.query('select 1')).then(
    () => true,
    () => false,
  );
  let started: EmbeddedServer | null = null;
  if (!up) started = await startEmbeddedPostgres({ dataDir: join(env.DATA_DIR, 'postgres'), port: env.PG_PORT });
  try {
    await fn(started?.adminUrl ?? running);
  } finally {
    await started?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

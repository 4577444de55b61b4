import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mkdirSync, rmSync } from 'node:fs';
import { DEBIAN_BIN, ensureDatabase, POSTGRES_MAJOR, standbyDatabaseUrl, startEmbeddedPostgres, startStandby, type EmbeddedServer, type Standby } from '@cp/db';
import { demoUsers } from '@cp/demo-district';
import { CONSOLE_PROXY_ADDRESS, startConsoleServer } from './console-server';
import { loadEnv, serviceDatabaseUrl } from './env';
import { HAPROXY, startPlatformProcesses, type PlatformProcesses } from './processes';
import { ROOT, SERVICES } from './services';

/**
 * `pnpm start`: PostgreSQL (embedded unless DATABASE_URL is set) → one database per service
 * → migrations → demo data (first start only) → the subgraphs → gateway → console.
 * `pnpm start -- --replicas 2`: two of each subgraph and of the gateway behind HAProxy;
 * `--standby`: a streaming standby of the embedded PostgreSQL that serves the reads that tolerate a short lag.
 */
async function main(): Promise<void> {
  const env = loadEnv();
  const { values: args } = parseArgs({ options: { watch: { type: 'boolean' }, replicas: { type: 'string', default: '1' }, standby: { type: 'boolean' } } });
  const watch = !!args.watch;
  const replicas = Number(args.replicas);
  if (!Number.isInteger(replicas) || replicas < 1) throw new Error(`--replicas ${args.replicas}: 1 or more`);
  const debian = [
    ...(replicas > 1 ? [`${HAPROXY}=haproxy=多副本模式需要 HAProxy`] : []),
    ...(args.standby ? [`${join(DEBIAN_BIN(POSTGRES_MAJOR), 'pg_basebackup')}=postgresql-${POSTGRES_MAJOR}=只读副本需要 PostgreSQL ${POSTGRES_MAJOR}`] : []),
  ];
  if (debian.length) execFileSync(process.execPath, [join(ROOT, 'scripts/debian-packages.mjs'), ...debian], { stdio: 'inherit' });
  if (args.standby && env.DATABASE_URL) throw new Error('--standby 只用于内嵌 PostgreSQL；自有服务器请为每个服务设置 DATABASE_READ_URL');
  const children: ChildProcess[] = [];
  let platform: PlatformProcesses | null = null;
  let pg: EmbeddedServer | null = null;
  let standby: Standby | null = null;
  const stop = async () => {
    for (const c of children) c.kill('SIGTERM');
    await platform?.close();
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    await standby?.stop();
    await pg?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  let serverUrl = env.DATABASE_URL;
  if (!serverUrl) {
    say(`启动内嵌 PostgreSQL（数据目录 ${join(env.DATA_DIR, 'postgres')}）…`);
    pg = await startEmbeddedPostgres({ dataDir: join(env.DATA_DIR, 'postgres'), port: env.PG_PORT });
    serverUrl = pg.adminUrl;
  }
  const databases = new Map<string, string>();
  for (const s of SERVICES) databases.set(s.name, serviceDatabaseUrl(env, s.name) ?? (await ensureDatabase(serverUrl, s.database)));

  say('迁移数据库并加载演示数据（仅首次）…');
  const baseEnv = {
    ...process.env,
    HOST: env.HOST,
    DEMO_RESIDENTS_PER_COMMUNITY: String(env.DEMO_RESIDENTS_PER_COMMUNITY),
    GATEWAY_URL: `http://${env.HOST}:${env.GATEWAY_PORT}/graphql`,
  };
  await Promise.all(
    SERVICES.map(async (s) => {
      const serviceEnv = { ...baseEnv, DATABASE_URL: databases.get(s.name)! };
      await runToEnd(s.entry, ['migrate'], serviceEnv);
      await runToEnd(s.entry, ['seed'], serviceEnv);
    }),
  );

  let standbyDatabases: Map<string, string> | undefined;
  if (args.standby && pg) {
    // a fresh base backup each start: a standby is a copy, nothing of its own to keep
    const dir = join(env.DATA_DIR, 'standby');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    say(`启动只读副本（流复制，端口 ${env.PG_PORT + 1}）…`);
    standby = await startStandby({ primaryUrl: pg.adminUrl, dataDir: dir, port: env.PG_PORT + 1 });
    standbyDatabases = new Map(SERVICES.map((s) => [s.name, standbyDatabaseUrl(standby!, s.database)]));
  }

  if (watch) {
    // rebuild on save; `node --watch` then restarts whatever was rebuilt (console: see docs/DEVELOPMENT.md)
    children.push(spawn(join(ROOT, 'node_modules/.bin/turbo'), ['watch', 'build', '--filter=!./console/*'], { cwd: ROOT, stdio: 'inherit' }));
  }
  platform = await startPlatformProcesses({
    databases,
    replicas,
    host: env.HOST,
    ports: { gateway: env.GATEWAY_PORT, ...Object.fromEntries(SERVICES.map((s) => [s.name, s.port])) },
    env: baseEnv,
    trustedProxies: [CONSOLE_PROXY_ADDRESS],
    standbyDatabases,
    rateLimitDatabaseUrl: replicas > 1 ? await ensureDatabase(serverUrl, 'cp_gateway') : undefined,
    watch,
  });
  const { gatewayUrl } = platform;

  await startConsoleServer({ consoleDir: join(ROOT, 'console'), gatewayUrl, port: env.CONSOLE_PORT, host: env.HOST });

  const logins = demoUsers()
    .map((u) => `    ${u.username.padEnd(8)} / ${u.password.padEnd(14)} ${u.displayName}`)
    .join('\n');
  say(`
社区警务平台已启动 (community policing platform is up)
  控制台 console:  http://${env.HOST}:${env.CONSOLE_PORT}/
  网关 gateway:    ${gatewayUrl}
  子图 subgraphs:  ${SERVICES.map((s) => `${s.name} :${s.port}`).join(', ')}${
    replicas > 1
      ? `\n  副本 replicas:   每个服务 ${replicas} 个，经 HAProxy（${Object.entries(platform.replicaPorts)
          .map(([n, p]) => `${n} ${p.join('/')}`)
          .join(', ')}）`
      : ''
  }
  演示账号 demo logins:
${logins}
按 Ctrl+C 停止。`);
}

function say(text: string): void {
  console.log(text);
}

/** Runs a service command (migrate, seed) and fails loudly if it fails. */
function runToEnd(entry: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { env, stdio: 'inherit' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${entry} ${args.join(' ')} exited with ${code}`))));
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

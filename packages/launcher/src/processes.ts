import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from '@cp/db';
import { haproxyConfig, HAPROXY_SOURCE_ADDRESS, type Frontend } from './haproxy';
import { ROOT, SERVICES } from './services';
import { waitForHttp } from './wait';

/** What the platform's processes are called: a subgraph's name, or the gateway. */
export type ProcessName = (typeof SERVICES)[number]['name'] | 'gateway';

export interface PlatformProcessesOptions {
  /** Each subgraph's database (migrated and seeded already). */
  databases: ReadonlyMap<string, string>;
  /** Processes per service and gateway: 1, each on its own port; 2 or more, behind HAProxy on those ports. */
  replicas: number;
  host: string;
  /** Where everyone reaches each service: the gateway's and each subgraph's port. */
  ports: { gateway: number } & Record<string, number>;
  /** Given to every process (secrets, log level, demo size). */
  env: NodeJS.ProcessEnv;
  /** Each subgraph's database on a hot standby, for its reads that tolerate a short lag. */
  standbyDatabases?: ReadonlyMap<string, string>;
  /** Where gateway replicas share partners' request counts (database cp_gateway). */
  rateLimitDatabaseUrl?: string;
  /** Proxies in front of the gateway whose X-Forwarded-For it believes (the console server). */
  trustedProxies?: readonly string[];
  /** `node --watch`: a rebuilt service restarts itself. */
  watch?: boolean;
  stdio?: StdioOptions;
}

export interface PlatformProcesses {
  gatewayUrl: string;
  /** The ports each replica listens on (behind HAProxy when there are two or more). */
  replicaPorts: Record<ProcessName, number[]>;
  /** Ends one replica with a signal (SIGTERM drains, SIGKILL is a crash) and waits until it is gone. */
  stop(name: ProcessName, replica: number, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a replica that was stopped, on its old port, and waits until it is ready. */
  start(name: ProcessName, replica: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The subgraphs and the gateway as processes: one of each as `npm start` has always run them,
 * or two (or more) of each behind HAProxy with health checks, which is how a station's own
 * machines or a cluster run them. Everyone (the console server, each subgraph calling the
 * gateway, the gateway calling subgraphs) uses the same ports either way.
 */
export async function startPlatformProcesses(options: PlatformProcessesOptions): Promise<PlatformProcesses> {
  const { host, replicas } = options;
  const front = (port: number) => `http://${host}:${port}`;
  const gatewayUrl = `${front(options.ports.gateway)}/graphql`;
  const names: ProcessName[] = [...SERVICES.map((s) => s.name), 'gateway'];
  const replicaPorts = Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, replicas === 1 ? [options.ports[n]] : await freePorts(replicas, host)])),
  ) as Record<ProcessName, number[]>;
  const trusted = [...(options.trustedProxies ?? []), ...(replicas > 1 ? [HAPROXY_SOURCE_ADDRESS] : [])];

  const specs = new Map<ProcessName, Array<{ entry: string; args: string[]; env: NodeJS.ProcessEnv; port: number }>>();
  for (const s of SERVICES) {
    const env = {
      ...options.env,
      HOST: host,
      GATEWAY_URL: gatewayUrl,
      DATABASE_URL: options.databases.get(s.name)!,
      ...(options.standbyDatabases && { DATABASE_READ_URL: options.standbyDatabases.get(s.name) }),
    };
    specs.set(
      s.name,
      replicaPorts[s.name].map((port) => ({ entry: s.entry, args: ['serve'], env: { ...env, PORT: String(port) }, port })),
    );
  }
  const subgraphUrls = Object.fromEntries(SERVICES.map((s) => [`${s.name.toUpperCase()}_URL`, `${front(options.ports[s.name])}/graphql`]));
  const gatewayEnv = {
    ...options.env,
    ...subgraphUrls,
    HOST: host,
    TRUSTED_PROXIES: trusted.join(','),
    ...(options.rateLimitDatabaseUrl && { RATE_LIMIT_DATABASE_URL: options.rateLimitDatabaseUrl }),
  };
  specs.set(
    'gateway',
    replicaPorts.gateway.map((port) => ({ entry: join(ROOT, 'gateway/dist/main.js'), args: [], env: { ...gatewayEnv, PORT: String(port) }, port })),
  );

  const running = new Map<string, ChildProcess>();
  const key = (name: ProcessName, i: number) => `${name}#${i}`;
  const launch = (name: ProcessName, i: number) => {
    const spec = specs.get(name)![i];
    const child = spawn(process.execPath, [...(options.watch ? ['--watch'] : []), spec.entry, ...spec.args], {
      env: spec.env,
      stdio: options.stdio ?? 'inherit',
    });
    child.once('exit', (code, signal) => {
      if (running.get(key(name, i)) === child) running.delete(key(name, i));
      if (code && !signal) console.error(`${name} (${spec.port}) exited with ${code}`);
    });
    running.set(key(name, i), child);
    return waitForHttp(`${front(spec.port)}/${name === 'gateway' ? 'health' : 'ready'}`);
  };

  const frontends: Frontend[] = names.map((n) => ({ name: n, port: options.ports[n], servers: replicaPorts[n] }));
  const haproxy = replicas > 1 ? startHaproxy(haproxyConfig({ host, frontends }), options.stdio) : null;
  const all = (name: ProcessName) => specs.get(name)!.map((_, i) => launch(name, i));
  await Promise.all(SERVICES.flatMap((s) => all(s.name)));
  await Promise.all(all('gateway'));
  if (haproxy) await waitForHttp(`${front(options.ports.gateway)}/health`);

  const stop = async (name: ProcessName, i: number, signal: NodeJS.Signals = 'SIGTERM') => {
    const child = running.get(key(name, i));
    if (!child) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    // as Kubernetes' grace period: a replica that has not drained by then is killed
    const late = setTimeout(() => {
      console.error(`${name} (${specs.get(name)![i].port}) did not stop within ${STOP_GRACE_MS} ms of ${signal}: killed`);
      child.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await gone;
    clearTimeout(late);
  };
  return {
    gatewayUrl,
    replicaPorts,
    stop,
    start: (name, i) => launch(name, i),
    close: async () => {
      // everything at once: a whole platform stopping has nobody left to send requests elsewhere
      const proxy = haproxy && new Promise((r) => haproxy.child.once('exit', r));
      haproxy?.child.kill('SIGTERM');
      await Promise.all([...names.flatMap((n) => specs.get(n)!.map((_, i) => stop(n, i))), proxy]);
      if (haproxy) rmSync(haproxy.dir, { recursive: true, force: true });
    },
  };
}

/** Debian's HAProxy in the foreground with its configuration in a temporary directory. */
function startHaproxy(config: string, stdio: StdioOptions | undefined): { child: ChildProcess; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cp-haproxy-'));
  writeFileSync(join(dir, 'haproxy.cfg'), config);
  const child = spawn(HAPROXY, ['-db', '-q', '-f', join(dir, 'haproxy.cfg')], { stdio: stdio ?? 'inherit' });
  child.once('exit', (code, signal) => {
    if (code && !signal) console.error(`haproxy exited with ${code}`);
  });
  return { child, dir };
}

/** How long a replica may take to drain after SIGTERM. */
const STOP_GRACE_MS = 20_000;

export const HAPROXY = process.env.HAPROXY_PATH ?? '/usr/sbin/haproxy';

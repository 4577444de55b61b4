import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { documentHash, GATEWAY_TOKEN_HEADER, signGatewayToken, signUserToken, type Claims } from '@cp/auth';
import { databaseUrl, standbyDatabaseUrl, startEmbeddedPostgres, startStandby, withDatabase, type Standby } from '@cp/db';
import { ROOT, SERVICES, waitForHttp } from '@cp/launcher';
import pg from 'pg';
import type { TracedStatement } from '@cp/service-kit';
import { load, loadTask, median, processStats, retry, run, type RunResult } from '../load';
import { profileShares } from '../profile';
import { bulkDocuments, measureExport, measureImport, reportBulk, type BulkMeasured } from './bulk';
import { consolePageDocuments, CONSOLE_PAGES, measurePage, reportPages, waitForKeptFacts, type Asker, type PageMeasured } from './console-pages';
import { generateDistrict } from './generate';

/**
 * The scale benchmark, one command, one run: for each data size and page size, a page of residents
 * from the population subgraph directly (Q1), the same through the gateway (Q2), the cross-domain
 * page through the gateway (Q3) and through @apollo/gateway (Q3 Apollo); one client for latency,
 * then saturation for throughput; three runs after a warm-up, medians; a fresh token per request.
 * Then the console pages a user waits for (rankings, trends, data quality, the risk map, staffing…), one client each.
 *   node bench/dist/scale/benchmark.js [--sizes 10000,1000000] [--pages 10,50,200] [--duration 8] [--connections 16] [--profile] [--console-only] [--only <page>] [--standby]
 */
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const SIZES = arg('sizes', '10000,1000000').split(',').map(Number);
const PAGES = arg('pages', '10,50,200').split(',').map(Number);
const DURATION = Number(arg('duration', '8'));
const CONNECTIONS = Number(arg('connections', '16'));
const RUNS = 3;
/** Every process under `--cpu-prof`; the summary says where each one's CPU went (the figures are then the profiler's, not comparable). */
const PROFILE = process.argv.includes('--profile');
const SEED = arg('seed', 'cp-scale');
/** Only the console pages (the resident pages' figures stay as the last full run left them). */
const CONSOLE_ONLY = process.argv.includes('--console-only');
/** `--standby`: a streaming standby of the scale server (Debian's PostgreSQL 15) serves the services' lag-tolerant reads. */
const STANDBY = process.argv.includes('--standby');
/** `--only 考核排名,数据质量`: measure only the console pages whose names hold one of these (while working on them; writes no results file). */
const ONLY = arg('only', '').split(',').filter(Boolean);

const PAGE = `query ResidentPage($first: Int!) { residents(first: $first) { nodes { id name idNumber } } }`;
const CROSS = `query CrossDomainPage($first: Int!) { residents(first: $first) { nodes { id name idNumber disputes { id title status } community { id name dutyOfficer { basis officer { id name badgeNo } } } } } }`;
const Q3_SUBGRAPHS = ['population', 'disputes', 'staffing'];
/** The processes run as in production, which refuses the public development secrets: fresh ones per run. */
const SECRETS = { gateway: randomBytes(32).toString('hex'), userToken: randomBytes(32).toString('hex') };
const CLAIMS: Claims = { sub: 'bench', username: 'bench', name: '压测', roles: ['district_admin'], stationIds: [], communityIds: [] };

interface Target {
  name: string;
  /** One load run: `duration` seconds over `connections`. */
  run: (duration: number, connections: number) => Promise<RunResult>;
  /** One request, alone (to count what it costs) and checked for a right answer. */
  once: () => Promise<void>;
  /** Processes whose CPU time the request costs, by name. */
  processes: string[];
  close?: () => Promise<void>;
  /** What one request costs, when known without counting (the SQL floor sends its statements itself). */
  counts?: { statements: number; subgraphCalls: number };
}

interface HttpTarget {
  name: string;
  url: string;
  body: string;
  /** A fresh header per request, from a pool of `count` signed just before each run (gateway tokens live 60 s). */
  headers: (count: number) => Promise<() => Record<string, string>>;
  processes: string[];
  first: number;
}

interface Measured {
  target: string;
  size: number;
  first: number;
  one: RunResult;
  saturated: RunResult;
  statements: number;
  subgraphCalls: number;
  cpuMs: Record<string, number>;
}

async function tokenPool(count: number, sign: (i: number) => Promise<string>, header: (t: string) => Record<string, string>) {
  const tokens = await Promise.all(Array.from({ length: count }, (_, i) => sign(i)));
  let i = 0;
  return () => header(tokens[i++ % tokens.length]!);
}

/** Whether the district of this size is there as the generator writes it: all its residents, and rosters that cover today. */
async function isGenerated(serverUrl: string, prefix: string, size: number): Promise<boolean> {
  const count = (service: string, sql: string) =>
    withDatabase(databaseUrl(serverUrl, `${prefix}_${service}`), async (c) => Number((await c.query(sql)).rows[0].count)).catch(() => -1);
  return (
    (await count('population', 'select count(*) from resident')) === size &&
    (await count('staffing', 'select count(*) from roster_shift where starts_at <= now() and ends_at > now()')) > 0
  );
}

async function main() {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: resolve(__dirname, '../../.scale-pg'), port: 54392 });
  const serverUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
  const standbyDir = STANDBY ? mkdtempSync(join(tmpdir(), 'cp-bench-standby-')) : null;
  const began = Date.now();
  const standby = standbyDir ? await startStandby({ primaryUrl: serverUrl, dataDir: standbyDir, port: 54395 }) : null;
  const standbySeconds = (Date.now() - began) / 1000;
  if (standby) console.log(`standby of the scale server up in ${standbySeconds.toFixed(0)} s`);
  const onStandby: Record<number, { standby: number; all: number }> = {};
  const results: Measured[] = [];
  const pages: PageMeasured[] = [];
  const bulk: BulkMeasured[] = [];
  const keptIn: Record<number, number> = {};
  const memory: Record<string, number> = {};
  const profiles: Record<string, ReturnType<typeof profileShares>> = {};
  try {
    for (const size of SIZES) {
      const prefix = `cp_scale_${size}`;
      const ready = await isGenerated(serverUrl, prefix, size);
      if (!ready) {
        console.log(`generating ${size} residents…`);
        console.log(JSON.stringify(await generateDistrict({ residents: size, seed: SEED, serverUrl, prefix, progress: true })));
      }
      const platform = await startPlatform(serverUrl, prefix, standby);
      try {
        const hive = `http://127.0.0.1:${platform.ports.hive}/graphql`;
        const apollo = `http://127.0.0.1:${platform.ports.apollo}/graphql`;
        const userHeaders = (count: number) =>
          tokenPool(
            count,
            (i) => signUserToken({ ...CLAIMS, sub: `bench-${i}` }, SECRETS.userToken, 3600),
            (t) => ({ authorization: `Bearer ${t}` }),
          );
        const subgraphHeaders = (count: number) =>
          tokenPool(
            count,
            (i) => signGatewayToken({ ...CLAIMS, sub: `bench-${i}` }, SECRETS.gateway),
            (t) => ({ [GATEWAY_TOKEN_HEADER]: t }),
          );
        const byHash = (query: string, first: number) => JSON.stringify({ documentId: `sha256:${documentHash(query)}`, variables: { first } });
        for (const first of CONSOLE_ONLY ? [] : PAGES) {
          const q3: HttpTarget = {
            name: 'Q3 gateway',
            url: hive,
            body: byHash(CROSS, first),
            headers: userHeaders,
            processes: Q3_SUBGRAPHS.concat('hive'),
            first,
          };
          const targets: Target[] = [
            httpTarget({
              name: 'Q1 population subgraph',
              url: `http://127.0.0.1:${SERVICES[0]!.port}/graphql`,
              body: JSON.stringify({ query: PAGE, variables: { first } }),
              headers: subgraphHeaders,
              processes: ['population'],
              first,
            }),
            httpTarget({ name: 'Q2 gateway', url: hive, body: byHash(PAGE, first), headers: userHeaders, processes: ['population', 'hive'], first }),
            httpTarget(q3),
            httpTarget({
              ...q3,
              name: 'Q3 @apollo/gateway',
              url: apollo,
              body: JSON.stringify({ query: CROSS, variables: { first } }),
              processes: Q3_SUBGRAPHS.concat('apollo'),
            }),
            await sqlFloor(httpTarget(q3), platform, serverUrl, prefix),
          ];
          for (const t of targets) {
            await retry(t.once, 120_000);
            results.push(await measure(t, size, first, platform));
            await t.close?.();
            console.log(JSON.stringify(results.at(-1)));
          }
        }
        const [place] = await withDatabase(
          databaseUrl(serverUrl, `${prefix}_population`),
          async (c) => (await c.query('select id, station_id from community order by code limit 1')).rows,
        );
        const [post] = await withDatabase(
          databaseUrl(serverUrl, `${prefix}_staffing`),
          async (c) => (await c.query(`select officer_id from community_post where community_id = $1 and role = 'A'`, [place.id])).rows,
        );
        // the field app's pages are asked as the community's own officer, whose posts give the jurisdiction
        const officerClaims: Claims = {
          sub: 'bench-officer',
          username: 'bench-officer',
          name: '社区民警',
          roles: ['community_officer'],
          officerId: post.officer_id,
          stationIds: [],
          communityIds: [place.id],
        };
        const officerHeaders = (count: number) =>
          tokenPool(
            count,
            (i) => signUserToken({ ...officerClaims, sub: `bench-officer-${i}` }, SECRETS.userToken, 3600),
            (t) => ({ authorization: `Bearer ${t}` }),
          );
        const tools = {
          url: hive,
          headers: (count: number, as: Asker) => (as === 'officer' ? officerHeaders(count) : userHeaders(count)),
          stats: platform.stats,
          pid: (name: string) => platform.children.get(name)!.pid!,
          processes: [...platform.children.keys()].filter((n) => n !== 'apollo'),
        };
        keptIn[size] = await waitForKeptFacts(databaseUrl(serverUrl, `${prefix}_population`));
        console.log(`facts kept ahead in ${keptIn[size]} s`);
        for (const page of CONSOLE_PAGES.filter((p) => !ONLY.length || ONLY.some((o) => p.name.includes(o)))) {
          pages.push(
            await measurePage(
              page,
              size,
              { stationId: place.station_id, communityId: place.id, officerId: post.officer_id, now: new Date() },
              tools,
              RUNS,
              DURATION,
            ),
          );
          console.log(JSON.stringify(pages.at(-1)));
        }
        if (!ONLY.length || ONLY.some((o) => '批量导入'.includes(o))) {
          bulk.push(await measureImport(size, place.id, databaseUrl(serverUrl, `${prefix}_population`), tools));
          console.log(JSON.stringify(bulk.at(-1)));
        }
        if (!ONLY.length || ONLY.some((o) => '导出'.includes(o))) {
          bulk.push(await measureExport(size, tools));
          console.log(JSON.stringify(bulk.at(-1)));
        }
        const counted = Object.values(await platform.stats());
        onStandby[size] = { standby: counted.reduce((n, c) => n + (c.standbyStatements ?? 0), 0), all: counted.reduce((n, c) => n + c.sqlStatements, 0) };
        for (const [name, child] of platform.children) memory[`${name} @ ${size}`] = Math.round(processStats(child.pid!).peakMb);
      } finally {
        await platform.stop();
      }
      if (PROFILE) for (const name of platform.children.keys()) profiles[`${name} @ ${size}`] = profileShares(join(platform.profileDir, name));
    }
  } finally {
    await standby?.stop();
    await embedded?.stop();
    if (standbyDir) rmSync(standbyDir, { recursive: true, force: true });
  }
  const standbyNote = standby
    ? [
        '',
        `Reads on a streaming standby (Debian's PostgreSQL 15 on the same machine; a base backup of the scale server took ${standbySeconds.toFixed(0)} s): statements the services sent to it of all they sent, ${Object.entries(
          onStandby,
        )
          .map(([size, n]) => `${Number(size).toLocaleString('en')} residents ${n.standby.toLocaleString('en')} of ${n.all.toLocaleString('en')}`)
          .join(', ')} (the rest: jobs, migrations, the audit trail's writes).`,
      ]
    : [];
  const table = [CONSOLE_ONLY ? '' : report(results, memory, profiles), ...reportPages(pages, SIZES, keptIn), ...reportBulk(bulk), ...standbyNote].join('\n');
  console.log(`\n${table}`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const file = `${PROFILE ? 'scale-profile' : CONSOLE_ONLY ? 'console-pages' : 'scale'}${STANDBY ? '-standby' : ''}.md`;
  if (!ONLY.length) writeFileSync(join(ROOT, 'bench/results', file), `${table}\n`);
}

/** An HTTP target: autocannon runs, and one request checked for a right answer. */
function httpTarget(t: HttpTarget): Target {
  return {
    name: t.name,
    processes: t.processes,
    // enough tokens for every request of a run, none used twice
    run: async (duration, connections) => load(t.url, t.body, await t.headers(Math.max(4000, duration * 800)), duration, connections),
    once: async () => {
      const headers = await t.headers(1);
      const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers() }, body: t.body });
      const json = (await res.json()) as { data?: { residents: { nodes: Array<{ community?: { dutyOfficer: unknown } }> } }; errors?: unknown };
      const nodes = json.data?.residents.nodes ?? [];
      // as many residents as asked, each with its community's duty officer where asked
      if (json.errors || nodes.length !== t.first || nodes.some((n) => n.community && !n.community.dutyOfficer)) {
        throw new Error(`${t.name}: wrong answer ${JSON.stringify(json).slice(0, 300)}`);
      }
    },
  };
}

/**
 * The SQL floor of Q3: the very statements the subgraphs sent for one Q3 request (traced by them),
 * replayed with `pg` in the order the gateway's plan runs them — population's first, then the
 * other subgraphs' side by side — at the same concurrency, with no GraphQL in between.
 */
async function sqlFloor(q3: Target, platform: Platform, serverUrl: string, prefix: string): Promise<Target> {
  await retry(q3.once, 120_000);
  const count = (t: Record<string, TracedStatement[]>) => Object.values(t).flat().length;
  let traced: Record<string, TracedStatement[]> | null = null;
  for (let k = 0; k < 5; k++) {
    const before = await platform.stats();
    await q3.once();
    const after = await platform.stats();
    const now = Object.fromEntries(Object.entries(after).map(([name, st]) => [name, st.sqlTrace.filter((q) => q.seq > before[name]!.sqlStatements)]));
    if (!traced || count(now) < count(traced)) traced = now; // background jobs only ever add
  }
  const pools = new Map(
    Object.keys(traced!).map((name) => [name, new pg.Pool({ connectionString: databaseUrl(serverUrl, `${prefix}_${name}`), max: CONNECTIONS })]),
  );
  // a write (the audit row of what was read) is replayed as a new row: its UUIDs, bound or written
  // into the text (MikroORM's insertMany inlines its values), are new each time
  const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
  const fresh = (q: TracedStatement): [string, unknown[]] =>
    /^\s*insert\b/i.test(q.sql)
      ? [q.sql.replace(UUID, () => randomUUID()), q.bindings.map((b) => (typeof b === 'string' ? b.replace(UUID, () => randomUUID()) : b))]
      : [q.sql, q.bindings];
  const replay = async (name: string) => {
    for (const q of traced![name] ?? []) await pools.get(name)!.query(...fresh(q));
  };
  const [first, ...others] = Object.keys(traced!).sort((a, b) => (a === 'population' ? -1 : b === 'population' ? 1 : 0));
  const task = async () => {
    await replay(first!);
    await Promise.all(others.map(replay));
  };
  return {
    name: 'SQL floor (pg)',
    processes: [],
    run: (duration, connections) => loadTask(task, duration, connections),
    once: task,
    counts: { statements: count(traced!), subgraphCalls: 0 },
    close: async () => {
      await Promise.all([...pools.values()].map((p) => p.end()));
    },
  };
}

interface SubgraphStats {
  sqlStatements: number;
  standbyStatements?: number;
  graphqlRequests: number;
  sqlTrace: TracedStatement[];
}

type Platform = Awaited<ReturnType<typeof startPlatform>>;

async function measure(t: Target, size: number, first: number, platform: Platform): Promise<Measured> {
  await t.run(2, 1); // warm-up
  const one: RunResult[] = [];
  const saturated: RunResult[] = [];
  // statements and subgraph calls of one request, alone (the least of five: background jobs only ever add)
  const statements: number[] = [];
  const calls: number[] = [];
  for (let k = 0; k < 5; k++) {
    const before = Object.values(await platform.stats());
    await t.once();
    const after = Object.values(await platform.stats());
    statements.push(after.reduce((n, st, i) => n + st.sqlStatements - before[i]!.sqlStatements, 0));
    calls.push(after.reduce((n, st, i) => n + st.graphqlRequests - before[i]!.graphqlRequests, 0));
  }
  const pid = (name: string) => platform.children.get(name)!.pid!;
  const cpuBefore = t.processes.map((name) => processStats(pid(name)).cpuSeconds);
  for (let r = 0; r < RUNS; r++) {
    one.push(await t.run(DURATION, 1));
    saturated.push(await t.run(DURATION, CONNECTIONS));
  }
  const requests = [...one, ...saturated].reduce((n, r) => n + r.requests, 0);
  const pick = (list: RunResult[]): RunResult => ({
    requests: median(list.map((r) => r.requests)),
    rps: median(list.map((r) => r.rps)),
    p50: median(list.map((r) => r.p50)),
    p95: median(list.map((r) => r.p95)),
    p99: median(list.map((r) => r.p99)),
    errors: list.reduce((n, r) => n + r.errors, 0),
  });
  const cpuMs = Object.fromEntries(
    t.processes.map((name, i) => [name, Math.round(((processStats(pid(name)).cpuSeconds - cpuBefore[i]!) / requests) * 1000 * 100) / 100]),
  );
  return {
    target: t.name,
    size,
    first,
    one: pick(one),
    saturated: pick(saturated),
    statements: t.counts?.statements ?? Math.min(...statements),
    subgraphCalls: t.counts?.subgraphCalls ?? Math.min(...calls),
    cpuMs,
  };
}

/** Subgraphs on their usual ports, Hive Gateway and @apollo/gateway, on the databases of one size. */
async function startPlatform(serverUrl: string, prefix: string, standby: Standby | null) {
  const children = new Map<string, ChildProcess>();
  const env = {
    ...process.env,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    SQL_TRACE: '1',
    GATEWAY_SECRET: SECRETS.gateway,
    AUTH_TOKEN_SECRET: SECRETS.userToken,
    // what the services read from each other goes through the benchmark's Hive Gateway, as in production
    GATEWAY_URL: 'http://127.0.0.1:4100/graphql',
  };
  const profileDir = mkdtempSync(join(tmpdir(), 'cp-bench-profiles-'));
  const start = (name: string, args: string[], childEnv: NodeJS.ProcessEnv) => {
    const profiling = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, name)}`] : [];
    children.set(name, spawn(process.execPath, [...profiling, ...args], { env: childEnv, stdio: 'inherit' }));
  };
  for (const s of SERVICES) {
    const serviceEnv = {
      ...env,
      DATABASE_URL: databaseUrl(serverUrl, `${prefix}_${s.name}`),
      PORT: String(s.port),
      ...(standby && { DATABASE_READ_URL: standbyDatabaseUrl(standby, `${prefix}_${s.name}`) }),
    };
    await run(s.entry, ['migrate'], serviceEnv); // a district generated by an older build gets today's schema, as a deployment would
    start(s.name, [s.entry, 'serve'], serviceEnv);
  }
  await Promise.all(SERVICES.map((s) => waitForHttp(`http://127.0.0.1:${s.port}/ready`)));
  // the gateway, as in production, runs only trusted documents: the benchmark's two and the console pages' are registered
  const manifest = join(mkdtempSync(join(tmpdir(), 'cp-bench-docs-')), 'persisted-documents.json');
  const documents = { ...Object.fromEntries([PAGE, CROSS].map((q) => [`sha256:${documentHash(q)}`, q])), ...consolePageDocuments(), ...bulkDocuments() };
  writeFileSync(manifest, JSON.stringify(documents));
  const urls = Object.fromEntries(SERVICES.map((s) => [`${s.name.toUpperCase()}_URL`, `http://127.0.0.1:${s.port}/graphql`]));
  const ports = { hive: 4100, apollo: 4101 };
  const gatewayEnv = { ...env, ...urls, SUPERGRAPH_PATH: join(ROOT, 'schema/supergraph.graphql'), TRUSTED_DOCUMENTS: manifest };
  start('hive', [join(ROOT, 'gateway/dist/main.js')], { ...gatewayEnv, PORT: String(ports.hive) });
  start('apollo', [join(__dirname, '../apollo-gateway.js')], { ...gatewayEnv, PORT: String(ports.apollo) });
  /** Each subgraph's counters (statements, GraphQL requests served) and its latest statements. */
  const stats = async (): Promise<Record<string, SubgraphStats>> =>
    Object.fromEntries(
      await Promise.all(SERVICES.map(async (s) => [s.name, (await (await fetch(`http://127.0.0.1:${s.port}/stats`)).json()) as SubgraphStats] as const)),
    );
  return {
    children,
    ports,
    stats,
    profileDir,
    /** Stops every process and waits for it to exit (a profiled one writes its profile then). */
    async stop() {
      await Promise.all(
        [...children.values()].map(
          (c) =>
            new Promise<void>((done) => {
              if (c.exitCode !== null) return done();
              const timer = setTimeout(done, 20_000);
              c.once('exit', () => (clearTimeout(timer), done()));
              c.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

const ratio = (a: number | undefined, b: number | undefined) => (a && b ? (a / b).toFixed(2) : '—');

/** The table, then the targets of issue 7 as ratios of figures measured in this same run. */
function report(results: Measured[], memory: Record<string, number>, profiles: Record<string, ReturnType<typeof profileShares>>): string {
  const find = (target: string, size: number, first: number) => results.find((r) => r.target === target && r.size === size && r.first === first);
  const ms = (n: number) => n.toFixed(1);
  const rows = results.map(
    (r) =>
      `| ${r.size.toLocaleString('en')} | ${r.first} | ${r.target} | ${ms(r.one.p50)} | ${ms(r.one.p95)} | ${ms(r.one.p99)} | ${r.saturated.rps.toFixed(1)} | ${ms(r.saturated.p50)} | ${r.one.errors + r.saturated.errors} | ${r.statements} | ${r.subgraphCalls} | ${
        Object.entries(r.cpuMs)
          .map(([name, v]) => `${name} ${v}`)
          .join(', ') || '—'
      } |`,
  );
  const checks = SIZES.flatMap((size) =>
    PAGES.map((first) => {
      const [q1, q2, q3, apollo, floor] = ['Q1 population subgraph', 'Q2 gateway', 'Q3 gateway', 'Q3 @apollo/gateway', 'SQL floor (pg)'].map((t) =>
        find(t, size, first),
      );
      return `| ${size.toLocaleString('en')} | ${first} | ${ratio(q2?.one.p50, q1?.one.p50)} (≤ 1.25) | ${ratio(q3?.one.p50, q2?.one.p50)} (≤ 2) | ${ratio(q3?.saturated.rps, floor?.saturated.rps)} (≥ 0.10) | ${ratio(q3?.saturated.rps, apollo?.saturated.rps)} (≥ 2) | ${ratio(apollo?.cpuMs.apollo, q3?.cpuMs.hive)} | ${q3?.statements ?? '—'} (≤ 4, same for every page) |`;
    }),
  );
  const big = Math.max(...SIZES);
  const small = Math.min(...SIZES);
  return [
    `## Scale benchmark (seed ${SEED})`,
    `${RUNS} runs × ${DURATION} s after a 2 s warm-up, medians; one client for latency (ms), ${CONNECTIONS} connections for throughput; a fresh token per request.`,
    "The SQL floor replays the statements the subgraphs sent for one Q3 request with `pg`, in the plan's order (population, then disputes and staffing side by side).",
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; PostgreSQL, subgraphs and gateways all on it.`,
    '',
    '| residents | page | query | p50 | p95 | p99 | RPS (saturated) | p50 (saturated) | errors | SQL / request | subgraph calls / request | CPU ms / request per process |',
    '|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
    '',
    '### Targets (ratios from this run)',
    '| residents | page | Q2 / Q1 p50 | Q3 / Q2 p50 | Q3 / SQL floor RPS | Hive / Apollo Q3 RPS | Apollo / Hive gateway CPU per Q3 | SQL per Q3 |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...checks,
    '',
    ...(big > small
      ? [
          `Q3 p50 at ${big.toLocaleString('en')} / at ${small.toLocaleString('en')} residents (≤ 1.2): ${PAGES.map((p) => `page ${p}: ${ratio(find('Q3 gateway', big, p)?.one.p50, find('Q3 gateway', small, p)?.one.p50)}`).join(', ')}`,
          '',
        ]
      : []),
    `Peak memory (MB): ${Object.entries(memory)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    ...(Object.keys(profiles).length
      ? [
          '',
          '### Where the CPU went (`--profile`: every process under `--cpu-prof` for the whole run; busy time by origin)',
          '| process | busy s | largest shares |',
          '|---|---:|---|',
          ...Object.entries(profiles).map(([k, p]) => `| ${k} | ${(p.busyMs / 1000).toFixed(1)} | ${p.shares.map(([o, v]) => `${o} ${v} %`).join(', ')} |`),
        ]
      : []),
  ].join('\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

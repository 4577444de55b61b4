import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEV_SECRETS, documentHash, GATEWAY_TOKEN_HEADER, signGatewayToken, signUserToken, type Claims } from '@cp/auth';
import { databaseUrl, startEmbeddedPostgres, withDatabase } from '@cp/db';
import { ROOT, SERVICES, waitForHttp } from '@cp/launcher';
import { load, median, processStats, retry, type RunResult } from '../load';
import { generateDistrict } from './generate';

/**
 * The scale benchmark, one command, one run: for each data size and page size, a page of residents
 * from the population subgraph directly (Q1), the same through the gateway (Q2), the cross-domain
 * page through the gateway (Q3) and through @apollo/gateway (Q3 Apollo); one client for latency,
 * then saturation for throughput; three runs after a warm-up, medians; a fresh token per request.
 *   node bench/dist/scale/benchmark.js [--sizes 10000,1000000] [--pages 10,50,200] [--duration 8] [--connections 16]
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
const SEED = arg('seed', 'cp-scale');

const PAGE = `query ResidentPage($first: Int!) { residents(first: $first) { nodes { id name idNumber } } }`;
const CROSS = `query CrossDomainPage($first: Int!) { residents(first: $first) { nodes { id name idNumber disputes { id title status } community { id name dutyOfficer { basis officer { id name badgeNo } } } } } }`;
const CLAIMS: Claims = { sub: 'bench', username: 'bench', name: '压测', roles: ['district_admin'], stationIds: [], communityIds: [] };

interface Target {
  name: string;
  url: string;
  body: (first: number) => string;
  /** A fresh header per request, from a pool signed just before each run (gateway tokens live 60 s). */
  headers: () => Promise<() => Record<string, string>>;
  /** Processes whose CPU time the request costs, by name. */
  processes: string[];
}

interface Measured {
  target: string;
  size: number;
  first: number;
  one: RunResult;
  saturated: RunResult;
  statements: number;
  cpuMs: Record<string, number>;
}

async function tokenPool(sign: (i: number) => Promise<string>, header: (t: string) => Record<string, string>) {
  const tokens = await Promise.all(Array.from({ length: 4000 }, (_, i) => sign(i)));
  let i = 0;
  return () => header(tokens[i++ % tokens.length]!);
}

async function main() {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: resolve(__dirname, '../../.scale-pg'), port: 54392 });
  const serverUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
  const results: Measured[] = [];
  const memory: Record<string, number> = {};
  try {
    for (const size of SIZES) {
      const prefix = `cp_scale_${size}`;
      const have = await withDatabase(
        serverUrl,
        async (c) => (await c.query('select 1 from pg_database where datname = $1', [`${prefix}_population`])).rowCount,
      );
      const count = have
        ? await withDatabase(databaseUrl(serverUrl, `${prefix}_population`), async (c) =>
            Number((await c.query('select count(*) from resident')).rows[0].count),
          )
        : 0;
      if (count !== size) {
        console.log(`generating ${size} residents…`);
        console.log(JSON.stringify(await generateDistrict({ residents: size, seed: SEED, serverUrl, prefix, progress: true })));
      }
      const platform = await startPlatform(serverUrl, prefix);
      try {
        const hive = `http://127.0.0.1:${platform.ports.hive}/graphql`;
        const apollo = `http://127.0.0.1:${platform.ports.apollo}/graphql`;
        const userHeaders = () =>
          tokenPool(
            (i) => signUserToken({ ...CLAIMS, sub: `bench-${i}` }, DEV_SECRETS.userToken, 3600),
            (t) => ({ authorization: `Bearer ${t}` }),
          );
        const targets: Target[] = [
          {
            name: 'Q1 population subgraph',
            url: `http://127.0.0.1:${SERVICES[0]!.port}/graphql`,
            body: (first) => JSON.stringify({ query: PAGE, variables: { first } }),
            headers: () =>
              tokenPool(
                (i) => signGatewayToken({ ...CLAIMS, sub: `bench-${i}` }, DEV_SECRETS.gateway),
                (t) => ({ [GATEWAY_TOKEN_HEADER]: t }),
              ),
            processes: ['population'],
          },
          {
            name: 'Q2 gateway',
            url: hive,
            body: (first) => JSON.stringify({ documentId: `sha256:${documentHash(PAGE)}`, variables: { first } }),
            headers: userHeaders,
            processes: ['population', 'hive'],
          },
          {
            name: 'Q3 gateway',
            url: hive,
            body: (first) => JSON.stringify({ documentId: `sha256:${documentHash(CROSS)}`, variables: { first } }),
            headers: userHeaders,
            processes: ['population', 'disputes', 'staffing', 'hive'],
          },
          {
            name: 'Q3 @apollo/gateway',
            url: apollo,
            body: (first) => JSON.stringify({ query: CROSS, variables: { first } }),
            headers: userHeaders,
            processes: ['population', 'disputes', 'staffing', 'apollo'],
          },
        ];
        for (const first of PAGES) {
          for (const t of targets) {
            const headers = await t.headers(); // one pool for the check, signed once
            await retry(() => check(t, first, headers), 120_000);
            results.push(await measure(t, size, first, platform.statements, (name) => platform.children.get(name)!.pid!));
            console.log(JSON.stringify(results.at(-1)));
          }
        }
        for (const [name, child] of platform.children) memory[`${name} @ ${size}`] = Math.round(processStats(child.pid!).peakMb);
      } finally {
        await platform.stop();
      }
    }
  } finally {
    await embedded?.stop();
  }
  const table = report(results, memory);
  console.log(`\n${table}`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/scale.md'), `${table}\n`);
}

/** A right answer: as many residents as asked, each with its community's duty officer where asked. */
async function check(t: Target, first: number, headers: () => Record<string, string>) {
  const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers() }, body: t.body(first) });
  const json = (await res.json()) as { data?: { residents: { nodes: Array<{ community?: { dutyOfficer: unknown } }> } }; errors?: unknown };
  const nodes = json.data?.residents.nodes ?? [];
  if (json.errors || nodes.length !== first || nodes.some((n) => n.community && !n.community.dutyOfficer)) {
    throw new Error(`${t.name}: wrong answer ${JSON.stringify(json).slice(0, 300)}`);
  }
}

async function measure(t: Target, size: number, first: number, statements: () => Promise<number>, pid: (name: string) => number): Promise<Measured> {
  const body = t.body(first);
  await load(t.url, body, await t.headers(), 2, 1); // warm-up
  const one: RunResult[] = [];
  const saturated: RunResult[] = [];
  // statements of one request, alone (the least of five: background jobs only ever add)
  const alone: number[] = [];
  const headers = await t.headers();
  for (let k = 0; k < 5; k++) {
    const before = await statements();
    await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers() }, body });
    alone.push((await statements()) - before);
  }
  const cpuBefore = t.processes.map((name) => processStats(pid(name)).cpuSeconds);
  for (let r = 0; r < RUNS; r++) {
    one.push(await load(t.url, body, await t.headers(), DURATION, 1));
    saturated.push(await load(t.url, body, await t.headers(), DURATION, CONNECTIONS));
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
    statements: Math.min(...alone),
    cpuMs,
  };
}

/** Subgraphs on their usual ports, Hive Gateway and @apollo/gateway, on the databases of one size. */
async function startPlatform(serverUrl: string, prefix: string) {
  const children = new Map<string, ChildProcess>();
  const env = { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', GATEWAY_SECRET: DEV_SECRETS.gateway, AUTH_TOKEN_SECRET: DEV_SECRETS.userToken };
  for (const s of SERVICES) {
    const url = databaseUrl(serverUrl, `${prefix}_${s.name}`);
    children.set(s.name, spawn(process.execPath, [s.entry, 'serve'], { env: { ...env, DATABASE_URL: url, PORT: String(s.port) }, stdio: 'inherit' }));
  }
  await Promise.all(SERVICES.map((s) => waitForHttp(`http://127.0.0.1:${s.port}/ready`)));
  // the gateway, as in production, runs only trusted documents: the benchmark's two are registered
  const manifest = join(mkdtempSync(join(tmpdir(), 'cp-bench-docs-')), 'persisted-documents.json');
  writeFileSync(manifest, JSON.stringify(Object.fromEntries([PAGE, CROSS].map((q) => [`sha256:${documentHash(q)}`, q]))));
  const urls = Object.fromEntries(SERVICES.map((s) => [`${s.name.toUpperCase()}_URL`, `http://127.0.0.1:${s.port}/graphql`]));
  const ports = { hive: 4100, apollo: 4101 };
  const gatewayEnv = { ...env, ...urls, SUPERGRAPH_PATH: join(ROOT, 'schema/supergraph.graphql'), TRUSTED_DOCUMENTS: manifest };
  children.set('hive', spawn(process.execPath, [join(ROOT, 'gateway/dist/main.js')], { env: { ...gatewayEnv, PORT: String(ports.hive) }, stdio: 'inherit' }));
  children.set(
    'apollo',
    spawn(process.execPath, [join(__dirname, '../apollo-gateway.js')], { env: { ...gatewayEnv, PORT: String(ports.apollo) }, stdio: 'inherit' }),
  );
  const statements = async () => {
    const counts = await Promise.all(
      SERVICES.map(async (s) => ((await (await fetch(`http://127.0.0.1:${s.port}/stats`)).json()) as { sqlStatements: number }).sqlStatements),
    );
    return counts.reduce((a, b) => a + b, 0);
  };
  return {
    children,
    ports,
    statements,
    async stop() {
      for (const c of children.values()) c.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 1000));
    },
  };
}

const ratio = (a: number | undefined, b: number | undefined) => (a && b ? (a / b).toFixed(2) : '—');

/** The table, then the targets of issue 7 as ratios of figures measured in this same run. */
function report(results: Measured[], memory: Record<string, number>): string {
  const find = (target: string, size: number, first: number) => results.find((r) => r.target === target && r.size === size && r.first === first);
  const ms = (n: number) => n.toFixed(1);
  const rows = results.map(
    (r) =>
      `| ${r.size.toLocaleString('en')} | ${r.first} | ${r.target} | ${ms(r.one.p50)} | ${ms(r.one.p95)} | ${ms(r.one.p99)} | ${r.saturated.rps.toFixed(1)} | ${ms(r.saturated.p50)} | ${r.one.errors + r.saturated.errors} | ${r.statements} | ${Object.entries(
        r.cpuMs,
      )
        .map(([name, v]) => `${name} ${v}`)
        .join(', ')} |`,
  );
  const checks = SIZES.flatMap((size) =>
    PAGES.map((first) => {
      const [q1, q2, q3, apollo] = ['Q1 population subgraph', 'Q2 gateway', 'Q3 gateway', 'Q3 @apollo/gateway'].map((t) => find(t, size, first));
      return `| ${size.toLocaleString('en')} | ${first} | ${ratio(q2?.one.p50, q1?.one.p50)} (≤ 1.25) | ${ratio(q3?.one.p50, q2?.one.p50)} (≤ 2) | ${ratio(q3?.saturated.rps, apollo?.saturated.rps)} (≥ 2) | ${q3?.statements ?? '—'} |`;
    }),
  );
  const big = Math.max(...SIZES);
  const small = Math.min(...SIZES);
  return [
    `## Scale benchmark (seed ${SEED})`,
    `${RUNS} runs × ${DURATION} s after a 2 s warm-up, medians; one client for latency (ms), ${CONNECTIONS} connections for throughput; a fresh token per request.`,
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; PostgreSQL, subgraphs and gateways all on it.`,
    '',
    '| residents | page | query | p50 | p95 | p99 | RPS (saturated) | p50 (saturated) | errors | SQL / request | CPU ms / request per process |',
    '|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
    '',
    '### Targets (ratios from this run)',
    '| residents | page | Q2 / Q1 p50 | Q3 / Q2 p50 | Hive / Apollo Q3 RPS | SQL per Q3 |',
    '|---:|---:|---:|---:|---:|---:|',
    ...checks,
    '',
    `Q3 p50 at ${big.toLocaleString('en')} / at ${small.toLocaleString('en')} residents (≤ 1.2): ${PAGES.map((p) => `page ${p}: ${ratio(find('Q3 gateway', big, p)?.one.p50, find('Q3 gateway', small, p)?.one.p50)}`).join(', ')}`,
    '',
    `Peak memory (MB): ${Object.entries(memory)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  ].join('\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

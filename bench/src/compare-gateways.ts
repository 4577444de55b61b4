import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DEV_SECRETS, signUserToken } from '@cp/auth';
import { ensureDatabase, startEmbeddedPostgres } from '@cp/db';
import { ROOT, SERVICES, waitForHttp } from '@cp/launcher';
import { median, retry, run } from './load';

/**
 * Hive Gateway + router-runtime vs @apollo/gateway on the resident page query, in one run:
 * same subgraphs, same data, same load, alternating runs, medians reported.
 *   node bench/dist/compare-gateways.js [--duration 10] [--first 20]   (one client, then 16 connections)
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION = arg('duration', 10);
const LEVELS = [1, 16];
const FIRST = arg('first', 20);
const RUNS = 3;

const QUERY = `query Page($first: Int!) { residents(first: $first) { nodes { id name idNumber disputes { id title status } community { id name dutyOfficer { basis officer { id name badgeNo } } } } } }`;

async function main() {
  const children: ChildProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'cp-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: 54391, ephemeral: true });
  try {
    const env = { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', GATEWAY_SECRET: DEV_SECRETS.gateway, AUTH_TOKEN_SECRET: DEV_SECRETS.userToken };
    for (const s of SERVICES) {
      const url = await ensureDatabase(pg.adminUrl, s.database);
      await run(s.entry, ['migrate'], { ...env, DATABASE_URL: url });
      await run(s.entry, ['seed'], { ...env, DATABASE_URL: url });
      children.push(spawn(process.execPath, [s.entry, 'serve'], { env: { ...env, DATABASE_URL: url, PORT: String(s.port) }, stdio: 'inherit' }));
    }
    await Promise.all(SERVICES.map((s) => waitForHttp(`http://127.0.0.1:${s.port}/ready`)));
    const urls = Object.fromEntries(SERVICES.map((s) => [`${s.name.toUpperCase()}_URL`, `http://127.0.0.1:${s.port}/graphql`]));
    const supergraph = join(ROOT, 'schema/supergraph.graphql');
    const gateways = [
      { name: 'Hive Gateway + router-runtime (MIT)', port: 4100, entry: join(ROOT, 'gateway/dist/main.js') },
      { name: '@apollo/gateway 2.14 on @apollo/server (ELv2)', port: 4101, entry: join(__dirname, 'apollo-gateway.js') },
    ];
    for (const g of gateways) {
      children.push(spawn(process.execPath, [g.entry], { env: { ...env, ...urls, SUPERGRAPH_PATH: supergraph, PORT: String(g.port) }, stdio: 'inherit' }));
    }

    // a unique token per request, so no layer can deduplicate or cache by header
    const tokens = await Promise.all(
      Array.from({ length: 2000 }, (_, i) =>
        signUserToken(
          { sub: `bench-${i}`, username: 'bench', name: '压测', roles: ['district_admin'], stationIds: [], communityIds: [] },
          DEV_SECRETS.userToken,
          3600,
        ),
      ),
    );
    const body = JSON.stringify({ query: QUERY, variables: { first: FIRST } });
    for (const g of gateways) await retry(() => check(g.port, tokens[0], body), 60_000);

    const sections: string[] = [];
    for (const connections of LEVELS) {
      const results = new Map<string, autocannon.Result[]>();
      for (const g of gateways) await load(g.port, tokens, body, 3, connections); // warm-up
      for (let r = 0; r < RUNS; r++) {
        for (const g of gateways) results.set(g.name, [...(results.get(g.name) ?? []), await load(g.port, tokens, body, DURATION, connections)]);
      }
      const rows = gateways.map((g) => {
        const list = results.get(g.name)!;
        const med = (f: (r: autocannon.Result) => number) => median(list.map(f));
        return {
          name: g.name,
          rps: med((r) => r.requests.average),
          p50: med((r) => r.latency.p50),
          p99: med((r) => r.latency.p99),
          errors: list.reduce((n, r) => n + r.errors + r.non2xx, 0),
        };
      });
      sections.push(
        [
          `### ${connections} connection${connections > 1 ? 's' : ''}`,
          '| gateway | RPS | p50 ms | p99 ms | errors |',
          '|---|---:|---:|---:|---:|',
          ...rows.map((r) => `| ${r.name} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.errors} |`),
          '',
          `Hive / Apollo RPS ratio: ${(rows[0].rps / rows[1].rps).toFixed(2)}`,
        ].join('\n'),
      );
    }
    const table = [
      `## Gateway comparison: the resident page query (first: ${FIRST}: residents + disputes + duty officer)`,
      `${RUNS}×${DURATION}s per gateway and level, alternating, medians; a unique bearer token per request.`,
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; subgraphs, PostgreSQL and both gateways on this machine.`,
      '',
      ...sections.flatMap((s) => [s, '']),
    ].join('\n');
    console.log(`\n${table}\n`);
    writeFileSync(join(ROOT, 'bench/results/gateways.md'), `${table}\n`);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function check(port: number, token: string, body: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const json = (await res.json()) as { data?: { residents: { nodes: Array<{ community: { dutyOfficer: unknown } }> } }; errors?: unknown };
  if (json.errors || json.data?.residents.nodes.length !== FIRST || !json.data.residents.nodes[0].community.dutyOfficer) {
    throw new Error(`wrong answer from :${port}: ${JSON.stringify(json).slice(0, 400)}`);
  }
}

function load(port: number, tokens: string[], body: string, duration: number, connections: number): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, body, headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i++ % tokens.length]}` } }),
      },
    ],
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

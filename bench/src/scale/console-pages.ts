import { documentHash } from '@cp/auth';
import { consoleDocuments } from '@cp/launcher';
import { withDatabase } from '@cp/db';
import { keptWindows, measuredUntil, parsePeriodCode, previousPeriod, runningPeriods } from '@cp/service-kit';
import { load, median, processStats, retry, type RunResult } from '../load';

/**
 * The console pages a user waits for, each measured as the console asks for it: its own trusted
 * document (by hash, through the gateway), with the variables the page sends, as the district
 * admin. One client (these are pages a person opens, not an API under load): the first request
 * alone (`cold`: before anything is kept), then runs of `duration` seconds, medians.
 */

export interface PageContext {
  stationId: string;
  communityId: string;
  /** The community's A-post officer: the field app's pages are asked as them. */
  officerId: string;
  now: Date;
}

/** Who asks: the district admin at the desk, or a community officer on the phone (field app). */
export type Asker = 'admin' | 'officer';

interface ConsolePage {
  name: string;
  operation: string;
  variables: (c: PageContext) => Record<string, unknown>;
  as?: Asker;
}

const periods = (now: Date) => {
  const [week, month, quarter] = runningPeriods(now);
  return { week: week!, month: month!, quarter: quarter!, lastMonth: previousPeriod(month!), lastQuarter: previousPeriod(quarter!) };
};
const iso = (d: Date) => d.toISOString();

export const CONSOLE_PAGES: ConsolePage[] = [
  { name: '考核排名 · 派出所 · 本月（进行中）', operation: 'Ranking', variables: (c) => ({ level: 'station', period: periods(c.now).month.code }) },
  { name: '考核排名 · 社区 · 上月', operation: 'Ranking', variables: (c) => ({ level: 'community', period: periods(c.now).lastMonth.code }) },
  { name: '考核排名 · 社区 · 上季度', operation: 'Ranking', variables: (c) => ({ level: 'community', period: periods(c.now).lastQuarter.code }) },
  { name: '考核排名 · 社区 · 本周（进行中）', operation: 'Ranking', variables: (c) => ({ level: 'community', period: periods(c.now).week.code }) },
  {
    name: '记分卡下钻 · 派出所各社区 · 本月',
    operation: 'StationCommunityLines',
    variables: (c) => ({ stationId: c.stationId, period: periods(c.now).month.code }),
  },
  {
    name: '走势 · 派出所 · 8 个月',
    operation: 'ScorecardTrend',
    variables: (c) => ({ level: 'station', scopeId: c.stationId, period: periods(c.now).month.code }),
  },
  {
    name: '数据质量 · 本月',
    operation: 'DataQuality',
    variables: (c) => {
      const m = periods(c.now).month;
      return { from: iso(m.from), to: iso(measuredUntil(m, c.now)) };
    },
  },
  { name: '矛盾风险地图 · 全区', operation: 'DisputeRiskMap', variables: () => ({}) },
  { name: '警力缺口 · 派出所', operation: 'StaffingGaps', variables: (c) => ({ stationId: c.stationId }) },
  {
    name: '在社区时间 · 派出所 · 本周',
    operation: 'StationTimeInCommunity',
    variables: (c) => {
      const w = periods(c.now).week;
      return { stationId: c.stationId, from: iso(w.from), to: iso(w.to) };
    },
  },
  { name: '矛盾纠纷台账 · 调解中', operation: 'DisputeLedger', variables: () => ({ first: 50, status: 'in_mediation' }) },
  {
    name: '个人信息访问记录 · 按用户、本月',
    operation: 'PersonalDataAccesses',
    variables: (c) => {
      const m = parsePeriodCode(periods(c.now).month.code);
      return { first: 50, filter: { username: 'bench-0', from: iso(m.from), to: iso(m.to) } };
    },
  },
  // the residents' ledger as ProTable asks for it (20 a page, with its total): across the district, the hardest case
  { name: '实有人口台账 · 全区 · 第 1 页', operation: 'Residents', variables: () => ({ first: 20, offset: 0 }) },
  {
    name: '实有人口台账 · 全区 · 流动人口按姓名排序',
    operation: 'Residents',
    variables: () => ({ first: 20, offset: 0, kind: 'floating', orderBy: { field: 'NAME', direction: 'ASC' } }),
  },
  {
    name: '实有人口台账 · 全区 · 按登记时间倒序第 50 页',
    operation: 'Residents',
    variables: () => ({ first: 20, offset: 980, orderBy: { field: 'REGISTERED_AT', direction: 'DESC' } }),
  },
  {
    name: '实有人口台账 · 社区 · 按姓名排序',
    operation: 'Residents',
    variables: (c) => ({ first: 20, communityId: c.communityId, orderBy: { field: 'NAME', direction: 'ASC' } }),
  },
  // the field app, as the community's officer on foot
  { name: '移动端 · 今日任务', operation: 'FieldInbox', variables: () => ({}), as: 'officer' },
  {
    name: '移动端 · 本月在社区时间',
    operation: 'FieldPresence',
    variables: (c) => {
      const m = periods(c.now).month;
      return { officerId: c.officerId, from: iso(m.from), to: iso(measuredUntil(m, c.now)) };
    },
    as: 'officer',
  },
  { name: '移动端 · 查人（姓氏）', operation: 'FieldSearchResidents', variables: () => ({ search: '王' }), as: 'officer' },
];

/** A document's operation name. */
export const operationName = (text: string) => /(?:query|mutation)\s+(\w+)/.exec(text)?.[1];

/** The console's documents behind the pages, by operation name (hash → text, as the gateway registers them). */
export function consolePageDocuments(): Record<string, string> {
  const byName = new Map(Object.values(consoleDocuments()).map((text) => [operationName(text), text]));
  return Object.fromEntries(
    CONSOLE_PAGES.map((p) => {
      const text = byName.get(p.operation);
      if (!text) throw new Error(`the console has no document named ${p.operation}`);
      return [`sha256:${documentHash(text)}`, text];
    }),
  );
}

export interface PageMeasured {
  page: string;
  size: number;
  coldMs: number;
  one: RunResult;
  statements: number;
  subgraphCalls: number;
  cpuMs: Record<string, number>;
}

export interface PageTools {
  url: string;
  headers: (count: number, as: Asker) => Promise<() => Record<string, string>>;
  stats: () => Promise<Record<string, { sqlStatements: number; graphqlRequests: number }>>;
  pid: (name: string) => number;
  processes: string[];
}

/** One page: the cold request, its statements and subgraph calls alone, then `runs` × `duration` s at one client. */
export async function measurePage(
  page: ConsolePage,
  size: number,
  context: PageContext,
  tools: PageTools,
  runs: number,
  duration: number,
): Promise<PageMeasured> {
  const documents = consolePageDocuments();
  const text = Object.values(documents).find((t) => operationName(t) === page.operation)!;
  const body = JSON.stringify({ documentId: `sha256:${documentHash(text)}`, variables: page.variables(context) });
  const once = async () => {
    const headers = await tools.headers(1, page.as ?? 'admin');
    const started = performance.now();
    const res = await fetch(tools.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers() }, body });
    const json = (await res.json()) as { data?: unknown; errors?: unknown };
    if (json.errors || !json.data) throw new Error(`${page.name}: wrong answer ${JSON.stringify(json).slice(0, 300)}`);
    return performance.now() - started;
  };
  const coldMs = await retry(once, 120_000); // the gateway may still be starting
  const cpuBefore = tools.processes.map((name) => processStats(tools.pid(name)).cpuSeconds);
  const statements: number[] = [];
  const calls: number[] = [];
  const alone: number[] = [];
  for (let k = 0; k < 3; k++) {
    const before = Object.values(await tools.stats());
    alone.push(await once());
    const after = Object.values(await tools.stats());
    statements.push(after.reduce((n, st, i) => n + st.sqlStatements - before[i]!.sqlStatements, 0));
    calls.push(after.reduce((n, st, i) => n + st.graphqlRequests - before[i]!.graphqlRequests, 0));
  }
  const results: RunResult[] = [];
  for (let r = 0; r < runs; r++) results.push(await load(tools.url, body, await tools.headers(2000, page.as ?? 'admin'), duration, 1));
  const requests = results.reduce((n, r) => n + r.requests, 0) + alone.length;
  const completed = results.filter((r) => r.requests > 0);
  const cpuMs = Object.fromEntries(
    tools.processes.map((name, i) => [name, Math.round(((processStats(tools.pid(name)).cpuSeconds - cpuBefore[i]!) / Math.max(requests, 1)) * 1000 * 10) / 10]),
  );
  return {
    page: page.name,
    size,
    coldMs,
    // a page slower than a run's duration completes no request in it: its figures are then the three requests made alone
    // (and a run that completed none has no latencies: the medians are of the runs that did)
    one: completed.length
      ? {
          requests: median(completed.map((r) => r.requests)),
          rps: median(completed.map((r) => r.rps)),
          p50: median(completed.map((r) => r.p50)),
          p95: median(completed.map((r) => r.p95)),
          p99: median(completed.map((r) => r.p99)),
          errors: results.reduce((n, r) => n + r.errors, 0),
        }
      : { requests: alone.length, rps: NaN, p50: median(alone), p95: Math.max(...alone), p99: Math.max(...alone), errors: 0 },
    statements: Math.min(...statements),
    subgraphCalls: Math.min(...calls),
    cpuMs,
  };
}

/** The pages' table, and each page's targets: ≤ 300 ms p50 at the largest size, and ≤ 1.5 × its figure at the smallest. */
export function reportPages(results: PageMeasured[], sizes: number[], keptIn: Record<number, number>): string[] {
  if (!results.length) return [];
  const [small, big] = [Math.min(...sizes), Math.max(...sizes)];
  const at = (page: string, size: number) => results.find((r) => r.page === page && r.size === size);
  const ms = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(0));
  return [
    '### Console pages (one client, as the console asks: its trusted documents through the gateway, as the district admin)',
    '`cold` is the first request of the run; p50 and p95 are of the runs after it. Before the pages, population kept the facts of every period the rankings and trends read (the running week, month, quarter and year and seven before each):',
    `${Object.entries(keptIn)
      .map(([size, s]) => `${Number(size).toLocaleString('en')} residents in ${s.toFixed(0)} s`)
      .join(', ')} after the platform started (its keep-facts job, at the first start on that district).`,
    '',
    '| residents | page | cold | p50 | p95 | errors | SQL / request | subgraph calls / request | CPU ms / request per process |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.size.toLocaleString('en')} | ${r.page} | ${ms(r.coldMs)} | ${r.one.p50.toFixed(1)} | ${r.one.p95.toFixed(1)} | ${r.one.errors} | ${r.statements} | ${r.subgraphCalls} | ${Object.entries(
          r.cpuMs,
        )
          .filter(([, v]) => v > 0)
          .map(([n, v]) => `${n} ${v}`)
          .join(', ')} |`,
    ),
    '',
    ...(big > small
      ? [
          `| page | p50 at ${big.toLocaleString('en')} (≤ 300 ms) | p50 at ${small.toLocaleString('en')} | ratio (≤ 1.5) |`,
          '|---|---:|---:|---:|',
          ...CONSOLE_PAGES.map((p) => {
            const [b, s] = [at(p.name, big), at(p.name, small)];
            return `| ${p.name} | ${ms(b?.one.p50)} | ${ms(s?.one.p50)} | ${b && s ? (b.one.p50 / s.one.p50).toFixed(2) : '—'} |`;
          }),
          '',
        ]
      : []),
  ];
}

/**
 * Waits until population has kept, ahead of the readers, every period the rankings and trends
 * read (its keep-facts job, at its first start on this district), and says how long that took:
 * the pages are measured as users meet them, with the facts kept.
 */
export async function waitForKeptFacts(populationUrl: string, timeoutMs = 40 * 60_000): Promise<number> {
  const started = Date.now();
  return withDatabase(populationUrl, async (c) => {
    const communities = Number((await c.query('select count(*) from community')).rows[0].count);
    for (;;) {
      const now = new Date();
      const periods = keptWindows(now);
      const { rows } = await c.query(
        `select count(*) from population_facts_kept k join unnest($1::timestamptz[], $2::timestamptz[]) p(since, at) on p.since = k.since and p.at = k.at where k.level = 'community'`,
        [periods.map((p) => p.since), periods.map((p) => p.until)],
      );
      if (Number(rows[0].count) >= communities * periods.length) return (Date.now() - started) / 1000;
      if (Date.now() - started > timeoutMs)
        throw new Error(`population kept ${rows[0].count} of ${communities * periods.length} facts in ${timeoutMs / 60_000} min`);
      await new Promise((r) => setTimeout(r, 3000));
    }
  });
}

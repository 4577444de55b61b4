import { documentHash } from '@cp/auth';
import { consoleDocuments } from '@cp/launcher';
import { withDatabase } from '@cp/db';
import { composeResidentId } from '@cp/id-card';
import { processStats, retry } from '../load';
import { operationName, type PageTools } from './console-pages';

/**
 * 批量导入 as the console's import page does it, as the community's officer: start a job, send
 * the file's rows in batches of 500 (each checked row by row), commit (written in one
 * transaction). 10,000 residents with valid ID numbers and the community's own addresses; they
 * are removed afterwards, so the district stays as generated.
 */

export const IMPORT_OPERATIONS = ['StartImport', 'AddResidentImportRows', 'CommitImport'];
const BATCH = 500;

export interface BulkMeasured {
  work: string;
  size: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** The mean time to check one batch of 500 rows. */
  batchMs: number;
  commitSeconds: number;
  cpuMs: Record<string, number>;
}

/** The console's documents for the bulk work, hash → text, to register with the benchmark's gateway. */
export function bulkDocuments(): Record<string, string> {
  const texts = Object.values(consoleDocuments()).filter((t) => IMPORT_OPERATIONS.includes(operationName(t) ?? ''));
  return Object.fromEntries(texts.map((t) => [`sha256:${documentHash(t)}`, t]));
}

export async function measureImport(size: number, communityId: string, populationUrl: string, tools: PageTools, rows = 10_000): Promise<BulkMeasured> {
  const documents = bulkDocuments();
  const byName = new Map(Object.entries(documents).map(([hash, text]) => [operationName(text)!, hash]));
  const headers = await tools.headers(1, 'officer');
  const call = async (operation: string, variables: Record<string, unknown>) => {
    const res = await fetch(tools.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers() },
      body: JSON.stringify({ documentId: byName.get(operation), variables }),
    });
    const json = (await res.json()) as {
      data?: Record<string, { job?: { id: string; accepted: number; written: number }; errors?: unknown[] }>;
      errors?: unknown;
    };
    // the console's documents ask for __typename too: the payload is the one object in the answer
    const payload = json.data && Object.values(json.data).find((v) => typeof v === 'object');
    if (json.errors || !payload?.job || payload.errors?.length) throw new Error(`${operation}: ${JSON.stringify(json).slice(0, 400)}`);
    return payload.job;
  };
  const addresses = await withDatabase(populationUrl, async (c) =>
    (await c.query('select full_text from standard_address where community_id = $1 order by full_text limit 200', [communityId])).rows.map(
      (r: { full_text: string }) => r.full_text,
    ),
  );
  const tag = `导入压测${Date.now().toString(36)}`;
  const file = Array.from({ length: rows }, (_, i) => ({
    rowNo: i + 2,
    name: `${tag}${i}`,
    // birth dates spread over 1950–1999, sequences unique within each: no two rows share an ID
    idNumber: composeResidentId('110119', `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`, 900 + Math.floor(i / 450), i % 2 ? 'male' : 'female'),
    kind: '户籍',
    phone: `139${String(10_000_000 + i).slice(-8)}`,
    address: addresses.length ? addresses[i % addresses.length] : null,
  }));
  // the gateway may still be starting
  await retry(async () => {
    if (!(await fetch(tools.url.replace(/graphql$/, 'health'))).ok) throw new Error('gateway not ready');
  }, 120_000);
  const cpuBefore = tools.processes.map((name) => processStats(tools.pid(name)).cpuSeconds);
  const started = performance.now();
  const job = await call('StartImport', { input: { kind: 'residents', communityId, fileName: `${tag}.xlsx`, totalRows: rows } });
  const batches: number[] = [];
  for (let i = 0; i < rows; i += BATCH) {
    const t = performance.now();
    await call('AddResidentImportRows', { jobId: job.id, rows: file.slice(i, i + BATCH) });
    batches.push(performance.now() - t);
  }
  const committing = performance.now();
  const done = await call('CommitImport', { jobId: job.id });
  const ended = performance.now();
  if (done.written !== rows) throw new Error(`import wrote ${done.written} of ${rows} rows`);
  const cpuMs = Object.fromEntries(tools.processes.map((name, i) => [name, Math.round((processStats(tools.pid(name)).cpuSeconds - cpuBefore[i]!) * 1000)]));
  // the district stays as generated (the benchmark checks its residents' count)
  await withDatabase(populationUrl, (c) => c.query(`delete from resident where community_id = $1 and name like $2`, [communityId, `${tag}%`]));
  const seconds = (ended - started) / 1000;
  return {
    work: `批量导入 · ${rows.toLocaleString('en')} 行实有人口`,
    size,
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
    batchMs: Math.round(batches.reduce((a, b) => a + b, 0) / batches.length),
    commitSeconds: (ended - committing) / 1000,
    cpuMs,
  };
}

export function reportBulk(results: BulkMeasured[]): string[] {
  if (!results.length) return [];
  return [
    '### Bulk work (as the console does it, through the gateway; target ≥ 2,000 rows/s)',
    '',
    '| residents | work | rows | seconds | rows/s | a batch of 500 checked (ms) | commit (s) | CPU ms per process |',
    '|---:|---|---:|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.size.toLocaleString('en')} | ${r.work} | ${r.rows} | ${r.seconds.toFixed(1)} | ${r.rowsPerSecond.toFixed(0)} | ${r.batchMs} | ${r.commitSeconds.toFixed(1)} | ${Object.entries(
          r.cpuMs,
        )
          .filter(([, v]) => v > 0)
          .map(([n, v]) => `${n} ${v}`)
          .join(', ')} |`,
    ),
    '',
  ];
}

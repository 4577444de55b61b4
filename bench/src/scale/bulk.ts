import { documentHash } from '@cp/auth';
import { consoleDocuments } from '@cp/launcher';
import { withDatabase } from '@cp/db';
import { composeResidentId } from '@cp/id-card';
import ExcelJS from 'exceljs';
import { processStats, retry } from '../load';
import { operationName, type PageTools } from './console-pages';

/**
 * 批量导入 as the console's import page does it, as the community's officer: start a job, send
 * the file's rows in batches of 500 (each checked row by row), commit (written in one
 * transaction). 10,000 residents with valid ID numbers and the community's own addresses; they
 * are removed afterwards, so the district stays as generated.
 */

export const IMPORT_OPERATIONS = ['StartImport', 'AddResidentImportRows', 'CommitImport'];
/** The ledger's export, as the console's 导出 Excel walks it. */
export const EXPORT_OPERATIONS = ['ExportResidents'];
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
  const texts = Object.values(consoleDocuments()).filter((t) => [...IMPORT_OPERATIONS, ...EXPORT_OPERATIONS].includes(operationName(t) ?? ''));
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

/**
 * 导出 Excel as the residents' ledger does it, as the district admin: the floating residents in
 * name order, walked by cursor 200 a page through the gateway (each page a request, each row's
 * read audited), then written as a workbook with exceljs, as the browser writes it.
 */
export async function measureExport(size: number, tools: PageTools, rows = 10_000): Promise<BulkMeasured> {
  const byName = new Map(Object.entries(bulkDocuments()).map(([hash, text]) => [operationName(text)!, hash]));
  const headers = await tools.headers(1, 'admin');
  type Page = { nodes: Array<Record<string, unknown> & { community?: { name: string } }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
  const cpuBefore = tools.processes.map((name) => processStats(tools.pid(name)).cpuSeconds);
  const started = performance.now();
  const read: Page['nodes'] = [];
  const pages: number[] = [];
  let after: string | null = null;
  do {
    const t = performance.now();
    const res = await fetch(tools.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers() },
      body: JSON.stringify({
        documentId: byName.get('ExportResidents'),
        variables: { first: 200, after, kind: 'floating', orderBy: { field: 'NAME', direction: 'ASC' } },
      }),
    });
    const json = (await res.json()) as { data?: { residents: Page }; errors?: unknown };
    if (json.errors || !json.data) throw new Error(`ExportResidents: ${JSON.stringify(json).slice(0, 400)}`);
    read.push(...json.data.residents.nodes);
    pages.push(performance.now() - t);
    after = json.data.residents.pageInfo.hasNextPage ? json.data.residents.pageInfo.endCursor : null;
  } while (after && read.length < rows);
  const writing = performance.now();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('实有人口');
  sheet.addRow(['姓名', '性别', '出生日期', '类别', '证件号码', '社区', '居住登记日期', '登记时间']);
  for (const r of read) sheet.addRow([r.name, r.sex, r.birthDate, r.kind, r.idNumber, r.community?.name, r.residenceRegisteredOn, r.registeredAt] as string[]);
  const bytes = (await book.xlsx.writeBuffer()).byteLength;
  const ended = performance.now();
  if (read.length < Math.min(rows, 1000) || !bytes) throw new Error(`the export read only ${read.length} rows`);
  const cpuMs = Object.fromEntries(tools.processes.map((name, i) => [name, Math.round((processStats(tools.pid(name)).cpuSeconds - cpuBefore[i]!) * 1000)]));
  const seconds = (ended - started) / 1000;
  return {
    work: `导出 Excel · ${read.length.toLocaleString('en')} 行实有人口台账（每页 200 条，按姓名排序）`,
    size,
    rows: read.length,
    seconds,
    rowsPerSecond: read.length / seconds,
    batchMs: Math.round(pages.reduce((a, b) => a + b, 0) / pages.length),
    commitSeconds: (ended - writing) / 1000,
    cpuMs,
  };
}

export function reportBulk(results: BulkMeasured[]): string[] {
  if (!results.length) return [];
  return [
    '### Bulk work (as the console does it, through the gateway; target ≥ 2,000 rows/s)',
    '',
    '| residents | work | rows | seconds | rows/s | a batch (ms: 500 rows checked, or a page of 200 read) | commit or workbook written (s) | CPU ms per process |',
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

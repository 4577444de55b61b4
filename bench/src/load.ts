import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** One load run's figures: latencies measured per response (so p95 is exact), throughput, errors. */
export interface RunResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : NaN);

/** p50, p95 and p99 of every response's time (exact, not from a histogram). */
function percentiles(latencies: number[]): Pick<RunResult, 'p50' | 'p95' | 'p99'> {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) };
}

/**
 * POSTs `body` to `url` for `duration` seconds over `connections`, a different header from
 * `headers` on every request (so no layer can deduplicate or cache by it).
 */
export async function load(url: string, body: string, headers: () => Record<string, string>, duration: number, connections: number): Promise<RunResult> {
  const latencies: number[] = [];
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body, headers: { 'content-type': 'application/json', ...headers() } }) }],
    setupClient: (client) => client.on('response', (_status: number, _bytes: number, time: number) => latencies.push(time)),
  });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    ...percentiles(latencies),
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function retry<T>(fn: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Runs a Node entry point to completion (a service's `migrate` or `seed`). */
export function run(entry: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [entry, ...args], { env, stdio: 'ignore' });
    c.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${entry} ${args.join(' ')} → ${code}`))));
  });
}

/** A process's CPU seconds so far (user + system) and its peak resident memory in MB, from /proc. */
export function processStats(pid: number): { cpuSeconds: number; peakMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of the whole line)
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuSeconds: ticks / 100, peakMb: hwm ? Number(hwm[1]) / 1024 : NaN };
}

/**
 * Runs `task` back to back on `connections` workers for `duration` seconds: the same figures as
 * `load`, for work that is not an HTTP request (the SQL floor's statements, sent with `pg`).
 */
export async function loadTask(task: () => Promise<void>, duration: number, connections: number): Promise<RunResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + duration * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await task();
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { requests: latencies.length, rps: latencies.length / seconds, ...percentiles(latencies), errors };
}

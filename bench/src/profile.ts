import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A V8 CPU profile (`node --cpu-prof`), as much of it as a summary needs. */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string } }>;
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code comes from: an npm package, one of ours (`services/…`), Node itself, or V8. */
function originOf(frame: { functionName: string; url: string }): string {
  if (!frame.url) return frame.functionName === '(garbage collector)' ? '(gc)' : frame.functionName || '(native)';
  // node:_http_server → node:http, node:internal/streams/writable → node:streams
  if (frame.url.startsWith('node:'))
    return `node:${frame.url
      .slice(5)
      .replace(/^internal\//, '')
      .split('/')[0]!
      .replace(/^_/, '')
      .replace(/^http_.*$/, 'http')}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(frame.url);
  if (pkg) return pkg[1]!;
  const ours = /\/((?:services|packages|gateway|bench)\/[^/]+)\//.exec(frame.url);
  return ours ? ours[1]! : frame.url;
}

/**
 * The busy time of one process, by origin, as shares (idle time left out): which library a
 * request's CPU goes to. Reads the one profile in `dir`.
 */
export function profileShares(dir: string, top = 8): { busyMs: number; shares: Array<[string, number]> } {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return { busyMs: 0, shares: [] };
  const p = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const origin = new Map(p.nodes.map((n) => [n.id, originOf(n.callFrame)]));
  const time = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const o = origin.get(id)!;
    time.set(o, (time.get(o) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  time.delete('(idle)');
  time.delete('(program)');
  const busy = [...time.values()].reduce((a, b) => a + b, 0);
  const shares = [...time.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([o, t]): [string, number] => [o, Math.round((t / busy) * 1000) / 10]);
  return { busyMs: Math.round(busy / 1000), shares };
}

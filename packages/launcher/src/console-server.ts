import { existsSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export interface ConsoleServerOptions {
  consoleDir: string;
  gatewayUrl: string;
  port: number;
  host: string;
}

/**
 * Serves the built console: the shell at `/`, each domain remote at `/remotes/<name>/`,
 * and `/graphql` passed through to the gateway, so the browser talks to one origin.
 */
export function startConsoleServer(options: ConsoleServerOptions): Promise<Server> {
  const shell = sirv(join(options.consoleDir, 'shell/dist'), { single: true, dev: false, etag: true });
  const remotes = new Map(builtRemotes(options.consoleDir).map((r) => [r, sirv(join(options.consoleDir, r, 'dist'), { dev: false, etag: true })]));
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/graphql')) return void proxy(req, res, options.gatewayUrl);
    const m = /^\/remotes\/([a-z-]+)(\/.*)$/.exec(url);
    if (m && remotes.has(m[1])) {
      req.url = m[2];
      return remotes.get(m[1])!(req, res, () => notFound(res));
    }
    shell(req, res, () => notFound(res));
  });
  return new Promise((resolve) => server.listen(options.port, options.host, () => resolve(server)));
}

/** Every console package whose build produced a Module Federation entry is a remote. */
function builtRemotes(consoleDir: string): string[] {
  return readdirSync(consoleDir).filter((d) => d !== 'shell' && existsSync(join(consoleDir, d, 'dist/remoteEntry.js')));
}

async function proxy(req: IncomingMessage, res: ServerResponse, gatewayUrl: string): Promise<void> {
  try {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers: Record<string, string> = {};
    for (const h of ['content-type', 'authorization', 'accept', 'apollo-require-preflight', 'x-apollo-operation-name']) {
      const v = req.headers[h];
      if (typeof v === 'string') headers[h] = v;
    }
    // the gateway records the browser's address in the audit trail, not ours
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    const upstream = await fetch(gatewayUrl + (req.url ?? '').slice('/graphql'.length), {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks),
    });
    res.statusCode = upstream.status;
    const type = upstream.headers.get('content-type');
    if (type) res.setHeader('content-type', type);
    res.end(Buffer.from(await upstream.arrayBuffer()));
  } catch {
    res.statusCode = 502;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ errors: [{ message: '网关不可用', extensions: { code: 'GATEWAY_UNAVAILABLE' } }] }));
  }
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.end('not found');
}

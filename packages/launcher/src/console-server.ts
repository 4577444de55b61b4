import { existsSync, readdirSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { OPERATION_TYPE_HEADER } from '@cp/auth';

/**
 * The address the console server calls the gateway from: a loopback address of its own (Linux
 * routes all of 127/8 to loopback), so the gateway believes the X-Forwarded-For of this server
 * only (TRUSTED_PROXIES), not that of anyone else on the machine. Where the address cannot be
 * bound, calls go from the default address and the gateway records that instead.
 */
export const CONSOLE_PROXY_ADDRESS = '127.0.0.2';
/** The gateway's own limit: larger bodies are refused here, as they arrive, not buffered. */
const MAX_BODY_BYTES = 1_000_000;
/** Response headers a browser needs from the gateway (Retry-After on 429, say). */
const PASSED_BACK = ['content-type', 'retry-after', 'cache-control', 'www-authenticate', 'set-cookie'];

export interface ConsoleServerOptions {
  consoleDir: string;
  gatewayUrl: string;
  port: number;
  host: string;
}

/**
 * Serves the built console: the shell at `/`, each domain remote at `/remotes/<name>/`, the
 * field app at `/m/`, and `/graphql` passed through to the gateway, so the browser talks to one origin.
 */
export async function startConsoleServer(options: ConsoleServerOptions): Promise<Server> {
  const localAddress = (await canBind(CONSOLE_PROXY_ADDRESS)) ? CONSOLE_PROXY_ADDRESS : undefined;
  const shell = sirv(join(options.consoleDir, 'shell/dist'), { single: true, dev: false, etag: true });
  // the field app: its own app and service-worker scope under /m/, its pages falling back to its index
  const field = existsSync(join(options.consoleDir, 'field/dist/index.html'))
    ? sirv(join(options.consoleDir, 'field/dist'), { single: true, dev: false, etag: true })
    : null;
  const remotes = new Map(builtRemotes(options.consoleDir).map((r) => [r, sirv(join(options.consoleDir, r, 'dist'), { dev: false, etag: true })]));
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/health') return sendJson(res, 200, { status: 'ok', service: 'console' });
    if (url.startsWith('/graphql')) return proxy(req, res, options.gatewayUrl, localAddress);
    if (field && (url === '/m' || url.startsWith('/m/') || url.startsWith('/m?'))) {
      req.url = url.slice(2) || '/';
      // the worker script is read fresh on each visit, so a new build reaches phones on their next start
      if (req.url.startsWith('/sw.js')) res.setHeader('cache-control', 'no-cache');
      return field(req, res, () => notFound(res));
    }
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

function proxy(req: IncomingMessage, res: ServerResponse, gatewayUrl: string, localAddress: string | undefined): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return sendError(res, 413, 'REQUEST_TOO_LARGE', '请求体过大');
  const headers: Record<string, string> = {};
  for (const h of [
    'content-type',
    'content-length',
    'authorization',
    'accept',
    'apollo-require-preflight',
    'x-apollo-operation-name',
    'cookie',
    OPERATION_TYPE_HEADER,
  ]) {
    const v = req.headers[h];
    if (typeof v === 'string') headers[h] = v;
  }
  // the gateway records the browser's address in the audit trail, not ours
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
  const target = new URL(gatewayUrl + (req.url ?? '').slice('/graphql'.length));
  const upstream = request(target, { method: req.method, headers, localAddress }, (answer) => {
    res.statusCode = answer.statusCode ?? 502;
    for (const h of PASSED_BACK) {
      const v = answer.headers[h];
      if (v !== undefined) res.setHeader(h, v);
    }
    answer.pipe(res);
  });
  upstream.on('error', () => sendError(res, 502, 'GATEWAY_UNAVAILABLE', '网关不可用'));
  // a browser gone mid-answer (a closed tab's live inbox): stop the gateway's work for it too
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      upstream.destroy();
      req.destroy();
      sendError(res, 413, 'REQUEST_TOO_LARGE', '请求体过大');
    }
  });
  req.pipe(upstream);
}

function canBind(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once('error', () => resolve(false));
    probe.listen(0, address, () => probe.close(() => resolve(true)));
  });
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  if (!res.headersSent) sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.end('not found');
}

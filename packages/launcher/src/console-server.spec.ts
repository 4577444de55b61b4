import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_PROXY_ADDRESS, startConsoleServer } from './console-server';

/** The console server's /graphql pass-through, against a stand-in gateway that answers as told. */
let upstream: Server;
let consoleServer: Server;
let base: string;
const seen: Array<{ from: string | undefined; forwarded: string | undefined; bytes: number }> = [];

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (c: Buffer) => (bytes += c.length));
    req.on('end', () => {
      seen.push({ from: req.socket.remoteAddress, forwarded: req.headers['x-forwarded-for'] as string | undefined, bytes });
      res.statusCode = 429;
      res.setHeader('content-type', 'application/json');
      res.setHeader('retry-after', '17');
      res.end(JSON.stringify({ errors: [{ message: '请求过于频繁', extensions: { code: 'RATE_LIMITED' } }] }));
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  const dir = mkdtempSync(join(tmpdir(), 'console-'));
  mkdirSync(join(dir, 'shell/dist'), { recursive: true });
  writeFileSync(join(dir, 'shell/dist/index.html'), '<!doctype html><title>控制台</title>');
  consoleServer = await startConsoleServer({
    consoleDir: dir,
    gatewayUrl: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/graphql`,
    port: 0,
    host: '127.0.0.1',
  });
  base = `http://127.0.0.1:${(consoleServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => consoleServer.close(r));
  await new Promise((r) => upstream.close(r));
});

describe('the console server passing /graphql to the gateway', () => {
  it("passes the gateway's status and Retry-After back, calling from its own address with the browser's in X-Forwarded-For", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.66' },
      body: '{"query":"{ stations { id } }"}',
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('17');
    expect(seen.at(-1)).toMatchObject({ from: CONSOLE_PROXY_ADDRESS, forwarded: '127.0.0.1' });
  });

  it('refuses a body over 1 MB without buffering it or passing it on', async () => {
    const before = seen.length;
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2_000_000) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    expect(seen.length).toBe(before);
  });
});

describe('the console server as a container', () => {
  it('answers its health probe without the gateway, and serves the shell', async () => {
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', service: 'console' });
    expect(await (await fetch(`${base}/`)).text()).toContain('控制台');
  });
});

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DEV_SECRETS, GATEWAY_TIMEOUT_HEADER } from '@cp/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from './gateway';

/*
 * The gateway tells a subgraph how long it will wait, and hangs up on it when it stops waiting
 * (its timeout, or its own caller gone): the subgraph cancels its statements then (service-kit's
 * deadline.int-spec.ts). Here a subgraph that never answers records what it was told and when
 * the gateway let go.
 */

interface Held {
  timeoutHeader: string | undefined;
  hungUp: Promise<number>;
}

let silent: Server;
const held: Held[] = [];

beforeAll(async () => {
  silent = createServer((req: IncomingMessage, res) => {
    const since = Date.now();
    held.push({
      timeoutHeader: req.headers[GATEWAY_TIMEOUT_HEADER] as string | undefined,
      hungUp: new Promise((resolve) => res.once('close', () => resolve(Date.now() - since))),
    });
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});
afterAll(() => {
  silent.closeAllConnections();
  silent.close();
});

function gatewayWaiting(subgraphTimeoutMs: number) {
  const { port } = silent.address() as AddressInfo;
  return createGateway({
    supergraphPath: join(__dirname, '../../schema/supergraph.graphql'),
    subgraphUrls: { disputes: `http://127.0.0.1:${port}/graphql`, staffing: 'http://127.0.0.1:9/graphql' },
    authTokenSecret: DEV_SECRETS.userToken,
    gatewaySecret: DEV_SECRETS.gateway,
    subgraphTimeoutMs,
    production: false,
    logLevel: 'error',
    revocationPollMs: 0,
  });
}

const QUERY = JSON.stringify({ query: '{ dispute(id: "d1") { id } }' });

describe('the gateway lets go of a subgraph it no longer waits for', () => {
  it('at its timeout, which it told the subgraph', async () => {
    const gateway = gatewayWaiting(300);
    const before = held.length;
    const res = await gateway.fetch('http://gateway/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
    const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    const call = held[before]!;
    expect(call.timeoutHeader).toBe('300');
    expect(await call.hungUp).toBeLessThan(2_000);
    await gateway.dispose();
  });

  it('when its own caller goes away, long before its timeout', async () => {
    const gateway = gatewayWaiting(60_000);
    const server = createServer(gateway);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const before = held.length;
    const caller = new AbortController();
    const asked = fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: QUERY,
      signal: caller.signal,
    }).catch(() => 'gone');
    while (held.length === before) await new Promise((r) => setTimeout(r, 20));
    caller.abort();
    expect(await asked).toBe('gone');
    expect(await Promise.race([held[before]!.hungUp, new Promise((r) => setTimeout(() => r('still held'), 3_000))])).toBeLessThan(3_000);
    server.closeAllConnections();
    server.close();
    await gateway.dispose();
  });
});

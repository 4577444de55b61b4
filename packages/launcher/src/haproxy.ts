import { OPERATION_TYPE_HEADER } from '@cp/auth';

/** The address HAProxy calls the replicas from (a loopback address of its own), which the gateway trusts as a proxy. */
export const HAPROXY_SOURCE_ADDRESS = '127.0.0.3';

export interface Frontend {
  /** A subgraph's name, or `gateway`. */
  name: string;
  /** Where everyone reaches the service. */
  port: number;
  /** The replicas' ports. */
  servers: number[];
}

/**
 * HAProxy in front of each service's replicas. A replica leaves the rotation when its readiness
 * check fails (twice, a second apart) and returns when it passes. A connection a replica refuses
 * (it is draining, or gone) is tried on the other one, which is always safe: nothing was sent. A
 * replica that dies before answering is retried elsewhere only for a query (the caller's
 * OPERATION_TYPE_HEADER): a write whose answer was lost is never sent twice by the proxy; its
 * caller retries it with its idempotency key (recordVisit's clientKey, reportGridEvent's key).
 */
export function haproxyConfig(options: { host: string; frontends: Frontend[] }): string {
  const lines = [
    'global',
    '  maxconn 4096',
    '',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout http-request 10s',
    // the gateway's own subgraph timeout and the client's are the ones that count; subscriptions ping every 12 s
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout http-keep-alive 10s',
    // a new connection to the replica for each request: none is ever reused as the replica closes it
    '  option http-server-close',
    '  option forwardfor',
    '  option httpchk GET /ready',
    '  http-check expect status 200',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response junk-response',
    `  default-server check inter 1s fall 2 rise 1 source ${HAPROXY_SOURCE_ADDRESS}`,
  ];
  for (const f of options.frontends) {
    lines.push(
      '',
      `frontend ${f.name}`,
      `  bind ${options.host}:${f.port}`,
      `  default_backend ${f.name}`,
      '',
      `backend ${f.name}`,
      `  http-request disable-l7-retry unless { req.hdr(${OPERATION_TYPE_HEADER}) -m str query }`,
      // the gateway's readiness is /health (it has no database of its own to check)
      ...(f.name === 'gateway' ? ['  option httpchk GET /health'] : []),
      ...f.servers.map((port, i) => `  server ${f.name}-${i + 1} ${options.host}:${port}`),
    );
  }
  return lines.join('\n') + '\n';
}

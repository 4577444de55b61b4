import { createServer } from 'node:http';
import { join } from 'node:path';
import { loadEnv, subgraphUrlOverrides } from './env';
import { createGateway } from './gateway';
import { limitBodies } from './http';
import { loadDocumentManifests } from './trusted-documents';

/*
 * A replica leaving (SIGTERM from Kubernetes or the launcher) first finishes what it has begun:
 * the listening socket closes, requests in flight complete, then the gateway is disposed. Hive
 * Gateway's libraries would dispose it on the signal at once, failing those requests with
 * SHUTTING_DOWN, so the termination signals are this file's alone: any other listener is dropped.
 */
const SIGNALS = new Set<string | symbol>(['SIGTERM', 'SIGINT']);
const ours = new Set<(...args: unknown[]) => void>();
process.on('newListener', (event, listener: (...args: unknown[]) => void) => {
  if (SIGNALS.has(event) && !ours.has(listener)) process.nextTick(() => process.removeListener(event as NodeJS.Signals, listener));
});

const env = loadEnv();
const gateway = createGateway({
  supergraphPath: env.SUPERGRAPH_PATH ?? join(__dirname, '../../schema/supergraph.graphql'),
  subgraphUrls: subgraphUrlOverrides(env),
  authTokenSecret: env.AUTH_TOKEN_SECRET,
  gatewaySecret: env.GATEWAY_SECRET,
  subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
  production: env.NODE_ENV === 'production',
  logLevel: env.LOG_LEVEL,
  trustedProxies: env.TRUSTED_PROXIES,
  partnerRequestsPerMinute: env.PARTNER_REQUESTS_PER_MINUTE,
  rateLimitDatabaseUrl: env.RATE_LIMIT_DATABASE_URL,
  consoleDocuments: loadDocumentManifests((env.TRUSTED_DOCUMENTS ?? join(__dirname, '../../console')).split(',')),
});
const server = createServer(limitBodies(gateway, env.MAX_BODY_BYTES));
server.listen(env.PORT, env.HOST, () => console.log(JSON.stringify({ msg: `gateway ready at http://${env.HOST}:${env.PORT}/graphql` })));

const shutdown = () => {
  server.close(async () => {
    await gateway.dispose();
    process.exit(0);
  });
  server.closeIdleConnections(); // keep-alive sockets would hold the port across a restart
};
ours.add(shutdown);
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);

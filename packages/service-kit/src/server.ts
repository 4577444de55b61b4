import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  GATEWAY_TIMEOUT_HEADER,
  GATEWAY_TOKEN_HEADER,
  OPERATION_TYPE_HEADER,
  READ_PRIMARY_HEADER,
  verifyGatewayToken,
  type Claims,
  type RequestOrigin,
} from '@cp/auth';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createHandler as createSseHandler } from 'graphql-sse/lib/use/http';
import { AuditTrail } from './audit';
import { DEFAULT_REQUEST_TIMEOUT_MS, deadlineErrors, outsideRequest, RequestScope } from './deadline';
import type { RequestContext, SubgraphDefinition } from './definition';
import { GatewayClient } from './gateway-client';
import { EventBus } from './events';
import { runJobOnce, startJobs, type JobTools } from './jobs';
import { requestContext } from './module';
import { createLogger, type Logger } from './logger';
import { sqlStatements, sqlTrace, statementCanceller } from './orm';
import { buildFederatedSchema } from './schema';
import type { StandbyReads } from './standby';

export interface SubgraphServerOptions {
  port: number;
  host?: string;
  gatewaySecret: string;
  logLevel?: string;
  /** Allow introspection (development only). */
  development?: boolean;
  /** Where and as whom this service calls the gateway for other domains' data. */
  gateway: { url: string | (() => string); tokenSecret: string };
  /** Start the definition's timed jobs (off in tests, which run them by hand). */
  jobs?: boolean;
  /** A hot standby for reads that tolerate a short lag. */
  standby?: StandbyReads;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  /** Runs one of the subgraph's jobs now, as its timer would (under the job's lock); tests call it by hand. */
  runJob(name: string, now?: Date): Promise<number>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;
/** GraphQL requests this process has served (the gateway's calls to this subgraph), for `GET /stats`. */
export const graphqlRequests = { count: 0 };

/**
 * Serves a subgraph over HTTP: `/graphql` (only for requests the gateway signed),
 * `/health` (process up), `/ready` (database reachable), `/stats` (SQL statement count).
 */
export async function startSubgraphServer(def: SubgraphDefinition, orm: MikroORM, options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const log = createLogger(def.name, options.logLevel);
  const schema = await buildFederatedSchema(def);
  const gateway = new GatewayClient({ ...options.gateway, service: def.name });
  const events = new EventBus(orm, def.events ?? [], log);
  const tools: JobTools = { gateway, events, log };
  const stopJobs = options.jobs && def.jobs?.length ? startJobs(def.jobs, orm, tools) : async () => undefined;
  const cancelStatement = statementCanceller(orm, options.standby?.orm);
  const contextFor = (signed: { caller: Claims | null; origin: RequestOrigin }, signal?: AbortSignal, lagTolerant = false) => {
    const primary = orm.em.fork();
    return requestContext(
      {
        em: (lagTolerant && options.standby?.fork()) || primary,
        primary,
        claims: signed.caller,
        origin: signed.origin,
        log,
        audit: new AuditTrail(signed.caller, signed.origin),
        gateway: gateway.forRequest(signal),
        events,
      },
      def.bindings,
    );
  };
  // subscriptions over SSE (graphql-sse), beside Apollo, which has none: only for requests the gateway signed
  const signedCallers = new WeakMap<IncomingMessage, { caller: Claims | null; origin: RequestOrigin }>();
  const sse = schema.getSubscriptionType()
    ? createSseHandler({
        schema,
        // the route below has checked the signature already and left the caller here
        context: (req) => contextFor(signedCallers.get(req.raw)!) as never,
      })
    : null;
  const httpServer = createServer();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    csrfPrevention: true,
    // the service's own command stops it on SIGTERM (drain, then jobs and pool); Apollo's would re-raise the signal midway
    stopOnTerminationSignals: false,
    introspection: options.development ?? false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // answers hold personal data and are never cached; left on, it would wrap every field's resolver
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      {
        // the audit of personal data read in clear is written before the answer leaves
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, operationName }) {
              // written even when the request was given up on: its reads happened
              await outsideRequest(() => contextValue.audit.flush(orm.em.fork(), operationName ?? null));
            },
          };
        },
      },
    ],
    formatError: (formatted, error) => maskUnexpected(formatted, error, log),
  });
  await apollo.start();

  httpServer.on('request', (req, res) => {
    route(req, res).catch((err) => {
      log.error({ err }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: '服务内部错误', extensions: { code: 'INTERNAL' } }] });
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://subgraph');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok', service: def.name });
    if (url.pathname === '/ready') return ready(res);
    if (url.pathname === '/stats')
      return sendJson(res, 200, {
        sqlStatements: sqlStatements.count,
        standbyStatements: sqlStatements.standby,
        graphqlRequests: graphqlRequests.count,
        sqlTrace,
      });
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
    graphqlRequests.count++;

    const signed = await callerOf(req);
    if (!signed) {
      return sendJson(res, 401, { errors: [{ message: '只接受经网关签名的请求', extensions: { code: 'GATEWAY_SIGNATURE_REQUIRED' } }] });
    }
    if (sse && String(req.headers.accept ?? '').includes('text/event-stream')) {
      signedCallers.set(req, signed);
      return sse(req, res);
    }
    let body: unknown;
    try {
      body = req.method === 'POST' ? await readJson(req) : undefined;
    } catch {
      return sendJson(res, 400, { errors: [{ message: '请求体不是有效的 JSON 或过大', extensions: { code: 'BAD_REQUEST' } }] });
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const request: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    // the request stops at the gateway's timeout for this call, or when the gateway hangs up
    const scope = new RequestScope(timeoutOf(req), cancelStatement);
    res.once('close', () => {
      if (!res.writableFinished) scope.abort(deadlineErrors.abandoned());
    });
    const response = await scope
      .run(() => apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: async () => contextFor(signed, scope.signal, lagTolerant(req)) }))
      .finally(() => scope.end());
    res.statusCode = response.status ?? 200;
    for (const [k, v] of response.headers) res.setHeader(k, v);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  /**
   * A query (as the gateway planned it) whose caller has not just written may read the standby;
   * should a mutation ever arrive marked as a query, the standby refuses its writes.
   */
  function lagTolerant(req: IncomingMessage): boolean {
    return req.headers[OPERATION_TYPE_HEADER] === 'query' && !req.headers[READ_PRIMARY_HEADER];
  }

  /** `undefined`: not signed by the gateway; `caller: null`: the gateway vouches for an anonymous caller. */
  async function callerOf(req: IncomingMessage): Promise<{ caller: Claims | null; origin: RequestOrigin } | undefined> {
    const token = req.headers[GATEWAY_TOKEN_HEADER];
    if (typeof token !== 'string') return undefined;
    try {
      return await verifyGatewayToken(token, options.gatewaySecret);
    } catch {
      return undefined;
    }
  }

  async function ready(res: ServerResponse): Promise<void> {
    try {
      await orm.em.getConnection().execute('select 1');
      sendJson(res, 200, { status: 'ready' });
    } catch {
      sendJson(res, 503, { status: 'database unavailable' });
    }
  }

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  log.info({ port }, `${def.name} subgraph ready`);
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`,
    port,
    runJob: (name, now) => {
      const job = def.jobs?.find((j) => j.name === name);
      if (!job) throw new Error(`${def.name} has no job ${name}`);
      return runJobOnce(job, orm, tools, now);
    },
    close: async () => {
      // new connections are refused at once (the load balancer sends them to another replica), while
      // requests in flight and the jobs under way finish
      await Promise.all([apollo.stop(), stopJobs()]);
      await events.close();
    },
  };
}

/** The gateway's timeout for this call, within bounds; a request that names none gets the default. */
function timeoutOf(req: IncomingMessage): number {
  const asked = Number(req.headers[GATEWAY_TIMEOUT_HEADER]);
  return Number.isFinite(asked) && asked > 0 ? Math.min(asked, 10 * 60_000) : DEFAULT_REQUEST_TIMEOUT_MS;
}

/** type-graphql's @Authorized refusals, in the console's language (codes unchanged). */
const AUTH_MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: '请先登录',
  UNAUTHORIZED: '您的角色无权执行此操作',
};

/** Coded errors pass through; anything unexpected is logged and hidden behind a generic message. */
function maskUnexpected(formatted: GraphQLFormattedError, error: unknown, log: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && AUTH_MESSAGES[code]) return { ...formatted, message: AUTH_MESSAGES[code] };
  const original = (error as { originalError?: unknown })?.originalError;
  const expected = code && code !== 'INTERNAL_SERVER_ERROR';
  if (expected || (error instanceof GraphQLError && !original)) return formatted;
  log.error({ err: original ?? error }, 'unexpected resolver error');
  return { message: '服务内部错误', path: formatted.path, extensions: { code: 'INTERNAL' } };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

import { readFileSync } from 'node:fs';
import { setMaxListeners } from 'node:events';
import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { LogLevel } from '@graphql-hive/logger';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { GATEWAY_TIMEOUT_HEADER, OPERATION_TYPE_HEADER, READ_PRIMARY_HEADER } from '@cp/auth';
import { getOperationAST, GraphQLError, Kind, type DocumentNode } from 'graphql';
import { gatewayHeaders, useCallerAuth } from './auth';
import { useQueryLimits } from './limits';
import { createGatewayLogger } from './logging';
import { usePartnerFieldPolicy } from './partner-policy';
import { createPartnerLimiter, usePartnerRateLimit } from './rate-limit';
import { SessionRevocations } from './revocations';
import { staffingUrlOf, useStaffingFeeds } from './staffing-feed';
import { TrustedDocuments, useTrustedDocuments } from './trusted-documents';

export interface GatewayOptions {
  /** The committed supergraph (schema/supergraph.graphql). */
  supergraphPath: string;
  /** Subgraph URLs that replace the ones written in the supergraph (by subgraph name). */
  subgraphUrls?: Record<string, string | undefined>;
  authTokenSecret: string;
  gatewaySecret: string;
  subgraphTimeoutMs: number;
  production: boolean;
  logLevel?: LogLevel;
  /** Proxies (addresses or CIDR ranges) whose X-Forwarded-For the audit trail believes; none by default. */
  trustedProxies?: readonly string[];
  /** Requests a minute per partner client (429 beyond). */
  partnerRequestsPerMinute?: number;
  /** Where replicas share partners' request counts (PostgreSQL); without it each replica counts alone. */
  rateLimitDatabaseUrl?: string;
  /** How often to fetch ended sessions and partners' registered operations from staffing (0: at start and after changes through this gateway). */
  revocationPollMs?: number;
  /** The console's trusted documents (hash → text), from its build. */
  consoleDocuments?: Record<string, string>;
}

/** Rewrites `@join__graph(name: "x", url: "...")` so one committed supergraph serves any deployment. */
export function withSubgraphUrls(supergraph: string, urls: Record<string, string | undefined> = {}): string {
  return supergraph.replace(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g, (all, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : all,
  );
}

/**
 * Hive Gateway (MIT) with the Rust query planner from @graphql-hive/router-runtime,
 * serving the supergraph composed at build time; no introspection of subgraphs at boot.
 */
export function createGateway(options: GatewayOptions): GatewayRuntime {
  // @graphql-tools/executor-http adds a listener per subgraph call to its executor's lifelong
  // signal, dropped only when the garbage collector takes the call's signals: under sustained load
  // there are thousands at once between collections, which is no leak (the benchmark's memory
  // figures would show one). No limit, for the signals created from now on.
  setMaxListeners(0);
  const supergraph = withSubgraphUrls(readFileSync(options.supergraphPath, 'utf8'), options.subgraphUrls);
  const staffingUrl = staffingUrlOf(supergraph);
  const feed = staffingUrl ? { staffingUrl, gatewaySecret: options.gatewaySecret, intervalMs: options.revocationPollMs ?? 5_000 } : null;
  const revocations = feed ? new SessionRevocations(feed) : null;
  const ownWrites = readYourWrites();
  const trusted = new TrustedDocuments({ consoleDocuments: options.consoleDocuments ?? {}, enforce: options.production, feed });
  return createGatewayRuntime({
    supergraph,
    unifiedGraphHandler,
    logging: createGatewayLogger(options.logLevel ?? 'info'),
    maskedErrors: { maskError: (error) => maskUnexpected(error as GraphQLError) },
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    readinessCheckEndpoint: '/ready',
    landingPage: !options.production,
    graphiql: !options.production,
    disableIntrospection: options.production ? { disableIf: () => true } : undefined,
    // a subscription is meant to stay open: a timeout would end every live inbox after 10 s
    upstreamTimeout: ({ executionRequest }) => (isSubscription(executionRequest) ? undefined : options.subgraphTimeoutMs),
    // Each subgraph call carries the caller's own signed token, so merging identical calls in
    // flight could only ever merge one caller's; and it deep-copies every subgraph answer to do it.
    transportEntries: { '*': { options: { deduplicateInflightRequests: false } } },
    // a client may send a registered document's hash (`documentId`, or Apollo's persistedQuery) instead of its text
    persistedDocuments: {
      getPersistedOperation: (key) => trusted.text(key) ?? null,
      allowArbitraryDocuments: true,
      // the answer Apollo's persisted-query link takes as "send the text instead"
      customErrors: { notFound: { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } } },
    },
    // the subgraph stops its work when this gateway stops waiting for it (a statement nobody reads is cancelled)
    propagateHeaders: {
      fromClientToSubgraphs: async ({ context, request }) => ({
        ...(await gatewayHeaders(context as never)),
        [GATEWAY_TIMEOUT_HEADER]: String(options.subgraphTimeoutMs),
        ...(ownWrites.primary(request) && { [READ_PRIMARY_HEADER]: '1' }),
      }),
    },
    plugins: () => [
      ...useQueryLimits(options.production),
      useCallerAuth({
        authTokenSecret: options.authTokenSecret,
        gatewaySecret: options.gatewaySecret,
        trustedProxies: options.trustedProxies ?? [],
        isRevoked: (jti) => revocations?.has(jti) ?? false,
      }),
      usePartnerFieldPolicy(),
      useTrustedDocuments(trusted),
      useStaffingFeeds([revocations?.feed, trusted.feed].filter((f) => !!f) as never[]),
      usePartnerRateLimit(createPartnerLimiter(options.partnerRequestsPerMinute ?? 120, options.rateLimitDatabaseUrl)),
      useSubgraphCalls(),
      ownWrites.plugin,
    ],
  });
}

/**
 * Each subgraph call says its operation type (the load balancer retries only queries, see
 * OPERATION_TYPE_HEADER), and a caller who hangs up ends the subgraph calls made for it, and those
 * subgraphs stop their statements in turn (service-kit's deadline.ts). Not Hive Gateway's own
 * `upstreamCancellation`: it also hands the caller's signal to the subgraph executor, which answers
 * an already aborted signal synchronously, and the upstream timeout's promise is then left to
 * reject unobserved when its timer fires, ending the gateway process (2.12.1, seen in the
 * benchmark). Tying only the fetch to the caller keeps every failure on the asynchronous path the
 * timeout handles.
 */
function useSubgraphCalls(): GatewayPlugin {
  return {
    onFetch({ context, options, setOptions, executionRequest }) {
      const type = executionRequest?.operationType;
      const headers = type ? { ...(options.headers as Record<string, string>), [OPERATION_TYPE_HEADER]: type } : options.headers;
      const caller = (context as { request?: Request } | undefined)?.request?.signal;
      const signal = caller && options.signal ? AbortSignal.any([options.signal, caller]) : (caller ?? options.signal);
      setOptions({ ...options, headers, signal });
    },
  };
}

/** How long after a caller's write their reads go to the primary rather than a standby (a standby keeps up in milliseconds). */
const READ_OWN_WRITES_SECONDS = 5;
const WROTE_COOKIE = 'cp_wrote';

/**
 * A caller reads their own writes: a mutation's subgraph calls (the entity fetches that fill its
 * answer too) and, for a few seconds after it, every call for that caller say READ_PRIMARY_HEADER.
 * The mutation's answer sets a short-lived cookie that the browser sends back (as Rails' database
 * selector does with its session), so any gateway replica sees it; a caller that keeps no cookies
 * reads a standby at most a second behind (service-kit's standby.ts).
 */
function readYourWrites(): { plugin: GatewayPlugin; primary(request: Request | undefined): boolean } {
  const writing = new WeakSet<Request>();
  return {
    plugin: {
      onExecute({ args }) {
        const request = (args.contextValue as { request?: Request }).request;
        if (request && getOperationAST(args.document, args.operationName)?.operation === 'mutation') writing.add(request);
      },
      onResponse({ request, response }) {
        if (writing.has(request))
          response.headers.append('set-cookie', `${WROTE_COOKIE}=1; Max-Age=${READ_OWN_WRITES_SECONDS}; Path=/graphql; HttpOnly; SameSite=Strict`);
      },
    },
    primary: (request) => !!request && (writing.has(request) || !!request.headers.get('cookie')?.split(/;\s*/).includes(`${WROTE_COOKIE}=1`)),
  };
}

function isSubscription(request: { operationType?: string; document?: DocumentNode } | undefined): boolean {
  if (!request) return false;
  if (request.operationType) return request.operationType === 'subscription';
  return !!request.document?.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription');
}

/** Subgraph failures the gateway cannot hide; everything else unexpected is "internal". */
const UNAVAILABLE = new Set(['SUBREQUEST_HTTP_ERROR', 'DOWNSTREAM_SERVICE_ERROR', 'TIMEOUT_ERROR', 'GATEWAY_TIMEOUT']);

/**
 * Errors a client was not meant to see, in Chinese with a stable code. A subgraph that is down
 * or slow costs only its fields (they are nullable): the rest of the page still arrives.
 */
function maskUnexpected(raw: GraphQLError): GraphQLError {
  const error = asGraphQLError(raw);
  const code = error?.extensions?.code ?? (error?.originalError as GraphQLError | undefined)?.extensions?.code;
  if (typeof code === 'string' && UNAVAILABLE.has(code)) {
    return new GraphQLError('部分数据暂时无法获取，请稍后刷新', { path: error.path, extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  }
  if (isIntended(error)) return error; // coded errors of the subgraphs and the gateway pass as they are
  return new GraphQLError('服务内部错误', { path: error?.path, extensions: { code: 'INTERNAL' } });
}

/** Errors of a subscription's events reach the mask as plain objects: a coded one stays coded. */
function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError || !error || typeof error !== 'object') return error as GraphQLError;
  const e = error as { message?: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> };
  return typeof e.extensions?.code === 'string' ? new GraphQLError(e.message ?? '', { path: e.path, extensions: e.extensions }) : (error as GraphQLError);
}

/** A GraphQLError raised on purpose (not wrapping an unexpected exception). */
function isIntended(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  return !error.originalError || isIntended(error.originalError);
}

import { readFileSync } from 'node:fs';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { JSONLogWriter, Logger, type LogLevel } from '@graphql-hive/logger';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { gatewayHeaders, useCallerAuth } from './auth';
import { useQueryLimits } from './limits';

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
  const supergraph = withSubgraphUrls(readFileSync(options.supergraphPath, 'utf8'), options.subgraphUrls);
  return createGatewayRuntime({
    supergraph,
    unifiedGraphHandler,
    // structured JSON logs like the subgraphs'; subgraph request bodies (passwords, ID numbers) never reach them
    logging: new Logger({
      level: options.logLevel ?? 'info',
      writers: [new JSONLogWriter()],
      redact: {
        paths: ['extensions.request.body', 'extensions.request.headers', '*.extensions.request.body', '*.extensions.request.headers'],
        censor: '[已脱敏]',
      },
    }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    readinessCheckEndpoint: '/ready',
    landingPage: !options.production,
    graphiql: !options.production,
    disableIntrospection: options.production ? { disableIf: () => true } : undefined,
    upstreamTimeout: options.subgraphTimeoutMs,
    propagateHeaders: { fromClientToSubgraphs: ({ context }) => gatewayHeaders(context as never) },
    plugins: () => [...useQueryLimits(options.production), useCallerAuth({ authTokenSecret: options.authTokenSecret, gatewaySecret: options.gatewaySecret })],
  });
}

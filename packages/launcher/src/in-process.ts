import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { disputesSubgraph } from '@cp/disputes';
import { join } from 'node:path';
import { createGateway, limitBodies, loadDocumentManifests } from '@cp/gateway';
import { performanceSubgraph } from '@cp/performance';
import { populationSubgraph } from '@cp/population';
import { supergraphPath } from '@cp/schema';
import { DEV_SECRETS } from '@cp/auth';
import {
  createLogger,
  openOrm,
  prepareSubgraphDatabase,
  StandbyReads,
  startSubgraphServer,
  type MikroORM,
  type RunningSubgraph,
  type SubgraphDefinition,
} from '@cp/service-kit';
import { standbyDatabaseUrl, type Standby } from '@cp/db';
import { createStaffingSubgraph } from '@cp/staffing';
import { tasksSubgraph } from '@cp/tasks';
import { ROOT } from './services';

export interface InProcessPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  orms: Record<string, MikroORM>;
  /** Stops one subgraph (to test what the gateway does without it). */
  stopSubgraph(name: string): Promise<void>;
  /** Runs one of a subgraph's jobs now, as its timer would. */
  runJob(service: string, job: string, now?: Date): Promise<number>;
  /** A second process-like replica of a subgraph on the same database (its own pool, jobs and listener), not behind the gateway. */
  startReplica(service: string): Promise<RunningSubgraph>;
  stop(): Promise<void>;
}

export interface InProcessOptions {
  /** A PostgreSQL server URL (its `postgres` database). */
  serverUrl: string;
  /** Databases are named `<prefix>_<service>`, so test runs do not collide. */
  databasePrefix: string;
  residentsPerCommunity?: number;
  seed?: boolean;
  /** The gateway's per-partner limit (tests set it low to reach it). */
  partnerRequestsPerMinute?: number;
  /** How long the gateway waits for a subgraph call (10 s, as in production). */
  subgraphTimeoutMs?: number;
  /** The gateway as in production: no introspection, only trusted documents for signed-in callers. */
  production?: boolean;
  /** A hot standby of `serverUrl`: each subgraph reads it for queries that tolerate a short lag. */
  standby?: Standby;
}

/** The console's trusted documents, as its build registered them (hash → text). */
export const consoleDocuments = (): Record<string, string> => loadDocumentManifests([join(ROOT, 'console')]);

export const subgraphDefinitions = (): SubgraphDefinition[] => [
  populationSubgraph,
  disputesSubgraph,
  createStaffingSubgraph(),
  performanceSubgraph,
  tasksSubgraph,
];

/**
 * Each subgraph's database `<prefix>_<service>`, migrated and seeded, for platforms run as
 * processes (startPlatformProcesses): their URLs by service.
 */
export async function preparePlatformDatabases(
  serverUrl: string,
  prefix: string,
  seed: { residentsPerCommunity?: number } | false,
): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  await Promise.all(
    subgraphDefinitions().map(async (def) => {
      const orm = await prepareSubgraphDatabase(def, serverUrl, `${prefix}_${def.name}`, seed);
      urls.set(def.name, orm.config.get('clientUrl')!);
      await orm.close();
    }),
  );
  return urls;
}

/**
 * The whole platform in one process on free ports (tests, benchmarks): the same subgraph
 * servers and gateway as `pnpm start`, so the statement counter sees every subgraph.
 */
export async function startPlatformInProcess(options: InProcessOptions): Promise<InProcessPlatform> {
  const defs = subgraphDefinitions();
  const orms: Record<string, MikroORM> = {};
  const servers: RunningSubgraph[] = [];
  await Promise.all(
    defs.map(async (def) => {
      const seed = options.seed !== false && { residentsPerCommunity: options.residentsPerCommunity };
      orms[def.name] = await prepareSubgraphDatabase(def, options.serverUrl, `${options.databasePrefix}_${def.name}`, seed);
    }),
  );
  const standbys: Record<string, StandbyReads> = {};
  if (options.standby) {
    while ((await options.standby.lagBytes()) > 0) await new Promise((r) => setTimeout(r, 20)); // the new databases are there
    for (const def of defs) {
      const databaseUrl = orms[def.name].config.get('clientUrl')!;
      const standbyUrl = standbyDatabaseUrl(options.standby, `${options.databasePrefix}_${def.name}`);
      standbys[def.name] = await StandbyReads.open(
        { databaseUrl, standbyUrl, entities: def.entities, migrations: def.migrations },
        createLogger(def.name, 'warn'),
      );
    }
  }
  // the gateway's port first: subgraphs call it for other domains' data
  const http: Server = createServer();
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const gatewayUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  const serve = (def: SubgraphDefinition, orm: MikroORM) =>
    startSubgraphServer(def, orm, {
      port: 0,
      gatewaySecret: DEV_SECRETS.gateway,
      logLevel: 'warn',
      development: true,
      gateway: { url: gatewayUrl, tokenSecret: DEV_SECRETS.userToken },
      standby: standbys[def.name],
    });
  for (const def of defs) servers.push(await serve(def, orms[def.name]));
  const replicas: Array<{ server: RunningSubgraph; orm: MikroORM }> = [];
  const subgraphUrls = Object.fromEntries(defs.map((d, i) => [d.name, servers[i].url]));
  const gateway = createGateway({
    supergraphPath,
    subgraphUrls,
    authTokenSecret: DEV_SECRETS.userToken,
    gatewaySecret: DEV_SECRETS.gateway,
    subgraphTimeoutMs: options.subgraphTimeoutMs ?? 10_000,
    production: options.production ?? false,
    logLevel: 'warn',
    consoleDocuments: consoleDocuments(),
    partnerRequestsPerMinute: options.partnerRequestsPerMinute,
    revocationPollMs: 0, // no timer: the statement counter in tests sees only what requests do
  });
  http.on('request', limitBodies(gateway, 1_000_000));
  return {
    gatewayUrl,
    subgraphUrls,
    orms,
    stopSubgraph: (name) => servers[defs.findIndex((d) => d.name === name)].close(),
    runJob: (service, job, now) => servers[defs.findIndex((d) => d.name === service)].runJob(job, now),
    startReplica: async (service) => {
      const def = defs.find((d) => d.name === service)!;
      const orm = await openOrm({ databaseUrl: orms[service].config.get('clientUrl')!, entities: def.entities, migrations: def.migrations });
      const server = await serve(def, orm);
      replicas.push({ server, orm });
      return server;
    },
    stop: async () => {
      for (const r of replicas) await r.server.close().then(() => r.orm.close());
      await new Promise((r) => http.close(r));
      await gateway.dispose();
      for (const s of servers) await s.close().catch(() => undefined); // some may be stopped already
      for (const orm of Object.values(orms)) await orm.close();
      for (const reads of Object.values(standbys)) await reads.close();
    },
  };
}

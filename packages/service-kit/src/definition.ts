import type { EntityManager, MikroORM, Options } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { Claims, RequestOrigin } from '@cp/auth';
import type { IResolvers } from '@graphql-tools/utils';
import type { NonEmptyArray } from 'type-graphql';
import type { AuditTrail } from './audit';
import type { EventBus } from './events';
import type { GatewayReads } from './gateway-client';
import type { SubgraphJob } from './jobs';
import type { Logger } from './logger';
import type { Provider } from './module';

/** What every resolver gets: this request's entity manager, the caller and a logger. */
export interface BaseContext {
  /** This request's entity manager: a query's on the standby where there is one (see `standby.ts`). */
  em: EntityManager;
  /** The primary's, for what a read writes (facts kept on first read); `em` itself when that is the primary's. */
  primary: EntityManager;
  claims: Claims | null;
  /** Where the request came from, as the gateway saw it (client address, operation). */
  origin: RequestOrigin;
  log: Logger;
  /** Where reads of personal data in clear are recorded; written when the response is sent. */
  audit: AuditTrail;
  /** Reads other domains' data through the gateway under this service's identity (asked once per request). */
  gateway: GatewayReads;
  /** Events for this subgraph's subscribers, on every replica (sent when the transaction commits). */
  events: EventBus;
  /**
   * This request's instance of a service or loader, built on first use (see `module.ts`):
   * `ctx.use(ResidentService)`, `ctx.use(residentById).load(id)`.
   */
  use<T>(provider: Provider<T>): T;
}

/**
 * Everything a subgraph is made of, as `composeSubgraph` assembles it from the domain's modules.
 * Per-request services and loaders are not listed: `ctx.use` builds them on first use.
 */
export interface SubgraphDefinition {
  name: string;
  entities: NonNullable<Options['entities']>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type; each must go through a loader. */
  references: IResolvers;
  migrations: MigrationObject[];
  /** How this subgraph builds providers that need its settings (e.g. the token secret). */
  bindings: ReadonlyMap<Provider<unknown>, (ctx: BaseContext) => unknown>;
  /** Loads demo data into an empty database; returns a line to print. */
  seed?(orm: MikroORM, options: SeedOptions): Promise<string>;
  /** Timed work (started by `serve`). */
  jobs?: SubgraphJob[];
  /** The event channels its modules publish on. */
  events?: string[];
}

/** Demo district size: residents per community on average. */
export interface SeedOptions {
  residentsPerCommunity?: number;
}

/** What a resolver or service receives: one name for the base context. */
export type RequestContext = BaseContext;

import type { Options, MikroORM } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { IResolvers } from '@graphql-tools/utils';
import type { NonEmptyArray } from 'type-graphql';
import type { BaseContext, SeedOptions, SubgraphDefinition } from './definition';
import type { SubgraphJob } from './jobs';

/**
 * How a module's per-request pieces are built. A service class whose constructor takes the
 * request context is a provider as it is; a DataLoader (or anything built from the context)
 * is declared with `perRequest`. Modules import the providers they use from each other, so no
 * hub file lists every service: `ctx.use(x)` builds `x` once per request, on first use.
 */
export type Provider<T> = PerRequest<T> | (new (ctx: BaseContext) => T);

export interface PerRequest<T> {
  readonly build: (ctx: BaseContext) => T;
}

/** A provider built from the request context (typically a DataLoader). */
export function perRequest<T>(build: (ctx: BaseContext) => T): PerRequest<T> {
  return { build };
}

/** Replaces how one provider is built in this subgraph, e.g. a service that needs the subgraph's settings. */
export interface Binding<T = unknown> {
  provider: Provider<T>;
  build: (ctx: BaseContext) => T;
}

export function bind<T>(provider: Provider<T>, build: (ctx: BaseContext) => T): Binding<T> {
  return { provider, build } as Binding<T>;
}

type SeedStep = (orm: MikroORM, options: SeedOptions) => Promise<string>;

/** One feature of a domain: everything the subgraph needs from its folder, exported from its `index.ts`. */
export interface SubgraphModule {
  name: string;
  entities?: NonNullable<Options['entities']>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: Function[];
  /** Types of other domains this module extends without returning them from a field of its own. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` for the entity types this module owns, each through a loader. */
  references?: IResolvers;
  jobs?: SubgraphJob[];
  /** PostgreSQL channels this module publishes events on, for its subscriptions (see `events.ts`). */
  events?: string[];
  bindings?: Binding[];
  /** Loads this module's reference data (a catalogue, default rules) into an empty database. */
  seed?: SeedStep;
}

/** Checks a module's shape where it is written; returns it unchanged. */
export const defineModule = (module: SubgraphModule): SubgraphModule => module;

export interface SubgraphSpec {
  name: string;
  /** The domain's modules; adding a module is one line here. */
  modules: SubgraphModule[];
  migrations: MigrationObject[];
  /** The demo district's data for this domain (one generated whole, after the modules' own seeds). */
  seed?: SeedStep;
}

/** Assembles a subgraph from its modules; two modules may not claim the same entity type's reference. */
export function composeSubgraph(spec: SubgraphSpec): SubgraphDefinition {
  const { modules } = spec;
  const references: IResolvers = {};
  for (const m of modules) {
    for (const [type, resolver] of Object.entries(m.references ?? {})) {
      if (type in references) throw new Error(`${spec.name}: ${type} 的引用解析被两个模块声明（${m.name}）`);
      references[type] = resolver;
    }
  }
  const resolvers = modules.flatMap((m) => m.resolvers ?? []);
  if (!resolvers.length) throw new Error(`${spec.name}: no module declares a resolver`);
  const seeds = [...modules.flatMap((m) => (m.seed ? [m.seed] : [])), ...(spec.seed ? [spec.seed] : [])];
  return {
    name: spec.name,
    entities: modules.flatMap((m) => (m.entities ?? []) as unknown[]) as SubgraphDefinition['entities'],
    resolvers: resolvers as NonEmptyArray<(typeof resolvers)[number]>,
    orphanedTypes: modules.flatMap((m) => m.orphanedTypes ?? []),
    references,
    migrations: spec.migrations,
    jobs: modules.flatMap((m) => m.jobs ?? []),
    events: modules.flatMap((m) => m.events ?? []),
    bindings: new Map(modules.flatMap((m) => (m.bindings ?? []).map((b) => [b.provider as Provider<unknown>, b.build] as const))),
    seed: seeds.length
      ? async (orm, options) => {
          const lines: string[] = [];
          for (const step of seeds) lines.push(await step(orm, options));
          return lines.filter(Boolean).join('; ');
        }
      : undefined,
  };
}

const BUILDING = Symbol('building');

/** The request's context: the base parts plus `use`, which builds each provider once, on first use. */
export function requestContext(base: Omit<BaseContext, 'use'>, bindings: SubgraphDefinition['bindings']): BaseContext {
  const built = new Map<Provider<unknown>, unknown>();
  const ctx: BaseContext = {
    ...base,
    use<T>(provider: Provider<T>): T {
      const existing = built.get(provider);
      if (existing === BUILDING) throw new Error('providers depend on each other in a circle');
      if (built.has(provider)) return existing as T;
      built.set(provider, BUILDING);
      try {
        const bound = bindings.get(provider);
        const value = bound ? bound(ctx) : typeof provider === 'function' ? new provider(ctx) : provider.build(ctx);
        built.set(provider, value);
        return value as T;
      } catch (err) {
        built.delete(provider); // the next use reports the same failure, not a false circle
        throw err;
      }
    },
  };
  return ctx;
}

import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives, type IResolvers } from '@graphql-tools/utils';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type AuthChecker } from 'type-graphql';
import type { BaseContext, SubgraphDefinition } from './definition';
import { errors } from './errors';
import { guardArguments } from './input-guard';
import type { Role } from '@cp/auth';

/** `@Authorized(PARTNERS_TOO)`: any signed-in caller, partner clients included. */
export const PARTNERS_TOO = 'partner' satisfies Role;

const FEDERATION_LINK = `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])
`;

/**
 * `@Authorized()` needs a console user or one of the platform's services; `@Authorized('district_admin')`
 * one of the roles. Partner clients are refused unless the resolver admits them with
 * `@Authorized(PARTNERS_TOO)` (and checks their scope where the data lives): a new query is
 * closed to partners until someone decides otherwise.
 */
const authChecker: AuthChecker<BaseContext, Role> = ({ context }, roles) => {
  const claims = context.claims;
  if (!claims) throw errors.unauthenticated(); // "log in", whatever roles the resolver names
  const allowed = claims.roles.includes('partner')
    ? roles.includes(PARTNERS_TOO)
    : roles.every((r) => r === PARTNERS_TOO) || roles.some((r) => claims.roles.includes(r));
  if (!allowed) throw errors.unauthorized(); // signed in, but not for this
  return true;
};

/** The subgraph's SDL with federation directives: the committed contract in `schema/`. */
export async function printSubgraphSdl(def: SubgraphDefinition): Promise<string> {
  // sorted, so the contract's text does not depend on the order in which modules are imported
  const schema = lexicographicSortSchema(await buildTypeGraphQLSchema(def));
  return `${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}\n`;
}

/** The executable federated schema: type-graphql types plus `_entities` and `_service`. */
export async function buildFederatedSchema(def: SubgraphDefinition): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphQLSchema(def);
  const sdl = `${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`;
  // Reference resolvers must be merged into the resolver map or they are never called
  // (type-graphql issue #1375).
  const federated = buildSubgraphSchema({ typeDefs: gql(sdl), resolvers: mergeResolvers(createResolversMap(schema) as IResolvers, def.references) as never });
  return guardArguments(federated);
}

function buildTypeGraphQLSchema(def: SubgraphDefinition): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: def.resolvers,
    orphanedTypes: def.orphanedTypes,
    authChecker,
    authMode: 'error',
    validate: false, // inputs are validated in services and refused through payload errors
    emitSchemaFile: false,
    skipCheck: true, // a subgraph may extend types without owning a query
    // every @Subscription names its own `subscribe` over the context's EventBus (cross-replica);
    // type-graphql still asks for a PubSub, and this one says so if a topic-based one is written
    pubSub: {
      publish: () => {
        throw new Error('publish through ctx.events (EventBus), not type-graphql topics');
      },
      subscribe: () => {
        throw new Error('give @Subscription a `subscribe` over ctx.events (EventBus), not topics');
      },
    },
  });
}

function mergeResolvers(base: IResolvers, extra: IResolvers): IResolvers {
  const out: IResolvers = { ...base };
  for (const [type, fields] of Object.entries(extra)) {
    out[type] = { ...(base[type] as object), ...(fields as object) } as never;
  }
  return out;
}

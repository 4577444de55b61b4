import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives, type IResolvers } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type AuthChecker } from 'type-graphql';
import type { BaseContext, SubgraphDefinition } from './definition';
import type { Role } from '@cp/auth';

const FEDERATION_LINK = `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])
`;

/** `@Authorized()` needs a caller; `@Authorized('district_admin')` needs one of the roles. */
const authChecker: AuthChecker<BaseContext, Role> = ({ context }, roles) => {
  if (!context.claims) return false;
  return roles.length === 0 || roles.some((r) => context.claims!.roles.includes(r));
};

/** The subgraph's SDL with federation directives: the committed contract in `schema/`. */
export async function printSubgraphSdl(def: SubgraphDefinition): Promise<string> {
  const schema = await buildTypeGraphQLSchema(def);
  return `${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}\n`;
}

/** The executable federated schema: type-graphql types plus `_entities` and `_service`. */
export async function buildFederatedSchema(def: SubgraphDefinition): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphQLSchema(def);
  const sdl = `${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`;
  // Reference resolvers must be merged into the resolver map or they are never called
  // (type-graphql issue #1375).
  return buildSubgraphSchema({ typeDefs: gql(sdl), resolvers: mergeResolvers(createResolversMap(schema) as IResolvers, def.references) as never });
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
  });
}

function mergeResolvers(base: IResolvers, extra: IResolvers): IResolvers {
  const out: IResolvers = { ...base };
  for (const [type, fields] of Object.entries(extra)) {
    out[type] = { ...(base[type] as object), ...(fields as object) } as never;
  }
  return out;
}

export { gql, loginAs, asGateway, claimsFor, type GraphQLResponse } from './graphql';
export { testSubgraph, testDatabaseName, type TestSubgraph } from './platform';
export { freshPostgres, freePort } from './postgres';

export { gql, loginAs, asGateway, type GraphQLResponse } from './graphql';
export { testPlatform, testDatabaseName } from './platform';

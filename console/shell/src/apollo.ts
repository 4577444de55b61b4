import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { session } from './session';

/** Adds the bearer token; an expired session sends the user back to the login page. */
const auth = new SetContextLink((prev) => {
  const token = session.token();
  return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
});

const expired = new ErrorLink(({ error }) => {
  const unauthenticated = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (unauthenticated && session.token()) {
    session.clear();
    window.location.assign('/login');
  }
});

/**
 * Sends the hash GraphQL Codegen gave each operation at build time instead of its text: the
 * gateway holds the console's documents (trusted documents) and, in production, runs nothing else
 * for signed-in users. A document without a hash gets one the gateway does not know, so the
 * link falls back to sending the text (which works outside production only).
 */
const trustedDocuments = new PersistedQueryLink({
  generateHash: (document) => (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? 'unregistered',
});

/** The console's one ApolloClient, shared with every remote through Module Federation. */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([expired, auth, trustedDocuments, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
});

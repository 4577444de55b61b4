import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
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

/** The console's one ApolloClient, shared with every remote through Module Federation. */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([expired, auth, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
});

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-sse';
import { Kind, OperationTypeNode, print } from 'graphql';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { session } from './session';

/** @cp/auth's OPERATION_TYPE_HEADER (that package is for Node): the load balancer retries only queries. */
const OPERATION_TYPE_HEADER = 'x-graphql-operation-type';

/** Adds the bearer token and the operation's type; an expired session sends the user back to the login page. */
const auth = new SetContextLink((prev, operation) => {
  const token = session.token();
  const main = getMainDefinition(operation.query);
  const type = main.kind === Kind.OPERATION_DEFINITION ? main.operation : undefined;
  return { headers: { ...prev.headers, ...(token && { authorization: `Bearer ${token}` }), ...(type && { [OPERATION_TYPE_HEADER]: type }) } };
});

/** An expired session: cleared, then the app's own way back to its login page. */
const expired = (onExpired: () => void) =>
  new ErrorLink(({ error }) => {
    const unauthenticated = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated && session.token()) {
      session.clear();
      onExpired();
    }
  });

/** The hash GraphQL Codegen gave a document when the console was built (its trusted-document key). */
const hashOf = (document: unknown) => (document as { __meta__?: { hash?: string } }).__meta__?.hash;

/**
 * Sends the hash GraphQL Codegen gave each operation at build time instead of its text: the
 * gateway holds the console's documents (trusted documents) and, in production, runs nothing else
 * for signed-in users. A document without a hash gets one the gateway does not know, so the
 * link falls back to sending the text (which works outside production only).
 */
const trustedDocuments = new PersistedQueryLink({
  generateHash: (document) => hashOf(document) ?? 'unregistered',
});

/**
 * Subscriptions (the inbox's live events) over SSE with graphql-sse, through the same gateway
 * path and token, sending the registered hash like every other operation (trusted documents).
 */
function sseLink(): ApolloLink {
  const sse = createClient({
    url: '/graphql',
    headers: (): Record<string, string> => {
      const token = session.token();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: Infinity, // a restarted gateway or service: reconnect and resubscribe
  });
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const hash = hashOf(operation.query);
        // a document the build registered goes by its hash; any other (development only) by its text
        const request = hash
          ? { operationName: operation.operationName, variables: operation.variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
          : { operationName: operation.operationName, variables: operation.variables, query: print(operation.query) };
        return sse.subscribe(request as Parameters<typeof sse.subscribe>[0], {
          next: (result) => observer.next(result as never),
          error: (err) => observer.error(err),
          complete: () => observer.complete(),
        });
      }),
  );
}

const isSubscription = ({ query }: { query: Parameters<typeof getMainDefinition>[0] }) => {
  const main = getMainDefinition(query);
  return main.kind === Kind.OPERATION_DEFINITION && main.operation === OperationTypeNode.SUBSCRIPTION;
};

/**
 * An app's one ApolloClient (the console's, shared with every remote through Module Federation;
 * the field app's): everything to the gateway at `/graphql` on the same origin.
 */
export function createApolloClient(options: { onExpired: () => void; cache?: InMemoryCache }): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.split(isSubscription, sseLink(), ApolloLink.from([expired(options.onExpired), auth, trustedDocuments, new HttpLink({ uri: '/graphql' })])),
    cache: options.cache ?? new InMemoryCache(),
  });
}

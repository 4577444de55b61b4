import { createApolloClient } from '@cp/web-client';

/** The console's one ApolloClient, shared with every remote through Module Federation. */
export const apolloClient = createApolloClient({ onExpired: () => window.location.assign('/login') });

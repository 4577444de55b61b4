import { createApolloClient } from '@cp/web-client';

/** The field app's ApolloClient: the same gateway, token and trusted documents as the console. */
export const client = createApolloClient({ onExpired: () => window.location.assign('/m/login') });

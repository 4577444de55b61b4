import { signGatewayToken, verifyUserToken, GATEWAY_TOKEN_HEADER, type Claims } from '@cp/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

interface AuthContext {
  claims: Claims | null;
  gatewayToken: Promise<string>;
}

/**
 * Verifies the caller's bearer token at the edge and signs, once per request, the claims
 * that travel to every subgraph call. No token: an anonymous caller (who can only log in).
 */
export function useCallerAuth(options: { authTokenSecret: string; gatewaySecret: string }): GatewayPlugin<AuthContext> {
  return {
    async onContextBuilding({ context, extendContext }) {
      const header = context.request.headers.get('authorization');
      let claims: Claims | null = null;
      if (header) {
        const token = header.replace(/^Bearer\s+/i, '');
        try {
          claims = await verifyUserToken(token, options.authTokenSecret);
        } catch {
          throw new GraphQLError('登录已失效，请重新登录', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
      }
      extendContext({ claims, gatewayToken: signGatewayToken(claims, options.gatewaySecret) });
    },
  };
}

export async function gatewayHeaders(context: Partial<AuthContext>): Promise<Record<string, string>> {
  return context.gatewayToken ? { [GATEWAY_TOKEN_HEADER]: await context.gatewayToken } : {};
}

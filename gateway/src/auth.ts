import { signGatewayToken, verifyUserToken, GATEWAY_TOKEN_HEADER, type Claims } from '@cp/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, GraphQLError, type DocumentNode } from 'graphql';
import proxyaddr from 'proxy-addr';
import type { IncomingMessage } from 'node:http';

interface AuthContext {
  claims: Claims | null;
  clientAddress: string | null;
  gatewayToken: Promise<string>;
}

/**
 * Verifies the caller's bearer token at the edge and signs, once per request, the claims (with
 * the client's address and operation) that travel to every subgraph call. No token: an
 * anonymous caller (who can only log in).
 */
export function useCallerAuth(options: {
  authTokenSecret: string;
  gatewaySecret: string;
  /** Addresses (or CIDR ranges) of proxies whose X-Forwarded-For is believed: the console server, a load balancer. */
  trustedProxies: readonly string[];
  /** Whether the token's session was ended by logout. */
  isRevoked: (jti: string | undefined) => boolean;
}): GatewayPlugin<AuthContext> {
  const trusted = proxyaddr.compile([...options.trustedProxies]);
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
        if (options.isRevoked(claims.jti)) {
          throw new GraphQLError('已退出登录，请重新登录', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
      }
      extendContext({ claims, clientAddress: clientAddressOf(context as unknown as ServerContext, trusted) });
    },
    // signed once the document is parsed, so the subgraphs learn the client's operation name too;
    // a subscription is not executed but subscribed, and its stream to the subgraph is signed the same way
    onExecute: ({ args, extendContext }) => extendContext(sign(args)),
    onSubscribe: ({ args, extendContext }) => extendContext(sign(args)),
  };

  function sign(args: { contextValue: Partial<AuthContext>; document: DocumentNode; operationName?: string | null }) {
    const { claims = null, clientAddress = null } = args.contextValue;
    const operationName = getOperationAST(args.document, args.operationName)?.name?.value ?? null;
    return { gatewayToken: signGatewayToken(claims, options.gatewaySecret, { clientAddress, operationName }) };
  }
}

interface ServerContext {
  req?: IncomingMessage;
}

/**
 * The caller's address for the audit trail: the socket's peer, or — only where that peer is a
 * configured proxy — the address it forwarded (walked hop by hop, each hop trusted in turn).
 * Anyone else's X-Forwarded-For is ignored, so the trail cannot be told a made-up address.
 */
export function clientAddressOf(context: ServerContext, trusted: (addr: string, i: number) => boolean): string | null {
  const req = context.req;
  if (!req?.socket?.remoteAddress) return null;
  return proxyaddr(req, trusted);
}

export async function gatewayHeaders(context: Partial<AuthContext>): Promise<Record<string, string>> {
  return context.gatewayToken ? { [GATEWAY_TOKEN_HEADER]: await context.gatewayToken } : {};
}

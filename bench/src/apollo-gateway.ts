import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { GATEWAY_TOKEN_HEADER, signGatewayToken, verifyUserToken, DEV_SECRETS, type Claims } from '@cp/auth';

/**
 * The baseline for the gateway comparison: @apollo/gateway (Elastic License 2.0) on
 * @apollo/server, doing the same work as ours: verify the caller, sign claims for the
 * subgraphs, call them with a timeout. Benchmark use only.
 */
interface Ctx {
  gatewayToken: Promise<string>;
}

async function main() {
  const supergraphSdl = readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<Ctx>({
        url,
        fetcher: (input, init) => fetch(input as string, { ...(init as RequestInit), signal: AbortSignal.timeout(10_000) }) as never,
        async willSendRequest({ request, context }) {
          request.http?.headers.set(GATEWAY_TOKEN_HEADER, await context.gatewayToken);
        },
      }),
  });
  const server = new ApolloServer<Ctx>({ gateway, csrfPrevention: true });
  await server.start();
  const http = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const auth = req.headers.authorization?.replace(/^Bearer\s+/i, '');
    let claims: Claims | null = null;
    if (auth) claims = await verifyUserToken(auth, process.env.AUTH_TOKEN_SECRET ?? DEV_SECRETS.userToken).catch(() => null);
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: '', body: chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : undefined },
      context: async () => ({ gatewayToken: signGatewayToken(claims, process.env.GATEWAY_SECRET ?? DEV_SECRETS.gateway) }),
    });
    res.statusCode = response.status ?? 200;
    for (const [k, v] of response.headers) res.setHeader(k, v);
    res.end(response.body.kind === 'complete' ? response.body.string : '');
  });
  http.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(JSON.stringify({ msg: 'apollo gateway ready' })));
  process.once('SIGTERM', () => process.exit(0)); // an orderly exit writes a `--cpu-prof` profile
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

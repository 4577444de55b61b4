import { GATEWAY_TOKEN_HEADER, signGatewayToken, DEV_SECRETS, type Claims, type RequestOrigin } from '@cp/auth';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
}

/** Posts a GraphQL operation and returns the status with the parsed body. */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** Logs in through the gateway and returns the bearer header for that user. */
export async function loginAs(gatewayUrl: string, username: string, password: string): Promise<Record<string, string>> {
  const res = await gql<{ login: { token: string | null; errors: Array<{ code: string }> } }>(
    gatewayUrl,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token errors { code } } }',
    { u: username, p: password },
  );
  const token = res.data?.login.token;
  if (!token) throw new Error(`login failed for ${username}: ${JSON.stringify(res)}`);
  return { authorization: `Bearer ${token}` };
}

/** Headers the gateway would add: for calling one subgraph directly in its integration tests. */
export async function asGateway(claims: Claims | null, origin?: RequestOrigin): Promise<Record<string, string>> {
  return { [GATEWAY_TOKEN_HEADER]: await signGatewayToken(claims, DEV_SECRETS.gateway, origin) };
}

/** Claims of a demo user, as the gateway would forward them (for direct subgraph tests). */
export const claimsFor = {
  districtAdmin: (): Claims => ({ sub: 'admin', username: 'admin', name: '分局管理员', roles: ['district_admin'], stationIds: [], communityIds: [] }),
  stationHead: (stationId: string): Claims => ({
    sub: 'head',
    username: 'head',
    name: '所长',
    roles: ['station_head'],
    stationIds: [stationId],
    communityIds: [],
  }),
  communityOfficer: (communityIds: string[], officerId?: string): Claims => ({
    sub: 'officer',
    username: 'officer',
    name: '社区民警',
    roles: ['community_officer'],
    officerId,
    stationIds: [],
    communityIds,
  }),
};

import { randomUUID, webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { Claims } from './claims';

const ISSUER_LOGIN = 'cp-login';
const ISSUER_GATEWAY = 'cp-gateway';
/** Header that carries the gateway's signed claims to the subgraphs. */
export const GATEWAY_TOKEN_HEADER = 'x-gateway-token';
/** Header with the milliseconds the gateway waits for a subgraph call: the subgraph stops its work after that. */
export const GATEWAY_TIMEOUT_HEADER = 'x-gateway-timeout-ms';
/**
 * Header naming a call's operation type (query, mutation): the load balancer retries on another
 * replica only a query whose replica died before answering, never a write. The gateway sets it on
 * subgraph calls from its own plan; a client that sets it on its own calls risks only its own writes.
 */
export const OPERATION_TYPE_HEADER = 'x-graphql-operation-type';
/** Header from the gateway: this caller has just written, so their reads go to the primary, not a standby. */
export const READ_PRIMARY_HEADER = 'x-read-primary';

/**
 * The HMAC key of a secret, imported once: given the secret's bytes, jose imports a key on every
 * sign and verify, which was half of the gateway's crypto time (a sign and a verify per request).
 */
const keys = new Map<string, Promise<webcrypto.CryptoKey>>();
function keyOf(secret: string): Promise<webcrypto.CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = webcrypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    keys.set(secret, key);
  }
  return key;
}

/** A token for a console user or API caller, issued at login. */
export function signUserToken(claims: Claims, secret: string, ttlSeconds: number): Promise<string> {
  return sign({ ...claims, jti: claims.jti ?? randomUUID() }, secret, ISSUER_LOGIN, ttlSeconds);
}

export function verifyUserToken(token: string, secret: string): Promise<Claims> {
  return verify(token, secret, ISSUER_LOGIN);
}

/** Where a request came from, as the gateway saw it (for the audit trail). */
export interface RequestOrigin {
  clientAddress: string | null;
  /** The client's operation name (subgraphs receive only the gateway's sub-queries). */
  operationName?: string | null;
}

/**
 * The gateway's word to a subgraph: "this request passed me, this is the caller and where it
 * came from" (`claims` null for an anonymous caller, e.g. logging in). Subgraphs accept nothing else.
 */
export function signGatewayToken(claims: Claims | null, secret: string, origin: RequestOrigin = { clientAddress: null }): Promise<string> {
  return sign({ caller: claims, origin }, secret, ISSUER_GATEWAY, 60);
}

export async function verifyGatewayToken(token: string, secret: string): Promise<{ caller: Claims | null; origin: RequestOrigin }> {
  const payload = await verify<{ caller: Claims | null; origin?: RequestOrigin }>(token, secret, ISSUER_GATEWAY);
  return { caller: payload.caller, origin: payload.origin ?? { clientAddress: null } };
}

async function sign(payload: object, secret: string, issuer: string, ttlSeconds: number): Promise<string> {
  return new SignJWT({ ...payload })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(issuer)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(await keyOf(secret));
}

async function verify<T = Claims>(token: string, secret: string, issuer: string): Promise<T> {
  const { payload } = await jwtVerify(token, await keyOf(secret), { issuer, algorithms: ['HS256'] });
  const { iss: _i, iat: _a, exp: _e, ...rest } = payload;
  return rest as T;
}

/**
 * Development defaults, so the platform starts with one command. Production refuses them:
 * each deployable's env.ts requires real secrets when NODE_ENV=production.
 */
export const DEV_SECRETS = {
  userToken: 'dev-only-user-token-secret-change-me-0123456789',
  gateway: 'dev-only-gateway-secret-change-me-0123456789',
} as const;

/**
 * A service's own identity when it calls the gateway (e.g. disputes asking population where a
 * community lies). It has no role and no jurisdiction: it reads what any signed-in caller may
 * (the jurisdiction tree, officers), never personal data.
 */
/** Whether the caller is one of the platform's own services (never a person or a partner). */
export const isPlatformService = (claims: Claims | null): boolean => !!claims && claims.sub.startsWith('service:') && claims.roles.length === 0;

export function signServiceToken(service: string, secret: string, ttlSeconds = 300): Promise<string> {
  const claims: Claims = { sub: `service:${service}`, username: `service:${service}`, name: service, roles: [], stationIds: [], communityIds: [] };
  return signUserToken(claims, secret, ttlSeconds);
}

import { performance } from 'node:perf_hooks';
import { signGatewayToken, verifyGatewayToken, DEV_SECRETS, type Claims } from '@cp/auth';
import { SignJWT, jwtVerify } from 'jose';

/**
 * The gateway's token work per request (verify the caller's token, sign the subgraphs' one; each
 * subgraph call verifies it), side by side in one run: as @cp/auth does it (the HMAC key imported
 * once) and as it did before (the secret's bytes handed to jose, which imports a key every time).
 *
 *   node bench/dist/gateway/tokens.js [--rounds 20000]
 */
const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 20_000;
const claims: Claims = { sub: 'u-admin', username: 'admin', name: '东城分局管理员', roles: ['district_admin'], stationIds: [], communityIds: [] };
const origin = { clientAddress: '127.0.0.1', operationName: 'Residents' };

async function bytesEachTime(): Promise<void> {
  const key = new TextEncoder().encode(DEV_SECRETS.gateway);
  const token = await new SignJWT({ caller: claims, origin })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('cp-gateway')
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key);
  await jwtVerify(token, key, { issuer: 'cp-gateway', algorithms: ['HS256'] });
}

async function keptKey(): Promise<void> {
  await verifyGatewayToken(await signGatewayToken(claims, DEV_SECRETS.gateway, origin), DEV_SECRETS.gateway);
}

async function timed(run: () => Promise<void>): Promise<number> {
  for (let i = 0; i < 2000; i++) await run(); // warm
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i++) await run();
  return ((performance.now() - start) * 1000) / ROUNDS;
}

async function main(): Promise<void> {
  // alternate, three times each, medians: the machine's noise falls on both
  const before: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < 3; i++) {
    before.push(await timed(bytesEachTime));
    after.push(await timed(keptKey));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  const [b, a] = [median(before), median(after)];
  console.log(
    `sign + verify, µs each (${ROUNDS} rounds × 3, medians): key imported every time ${b.toFixed(1)}, key kept ${a.toFixed(1)}; ratio ${(a / b).toFixed(2)}`,
  );
}

void main();

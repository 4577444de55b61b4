import type { Claims } from '@cp/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface PartnerLimiter {
  limiter: RateLimiterAbstract;
  close(): Promise<void>;
}

/**
 * Each partner client's allowance (rate-limiter-flexible, a kept library). With a database URL
 * the counts live in PostgreSQL, shared by every gateway replica (the library creates its
 * table); should that database fail, each replica falls back to counting in memory.
 */
export function createPartnerLimiter(perMinute: number, databaseUrl?: string): PartnerLimiter {
  const memory = new RateLimiterMemory({ points: perMinute, duration: 60 });
  if (!databaseUrl) return { limiter: memory, close: async () => undefined };
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  const limiter: RateLimiterPostgres = new RateLimiterPostgres(
    {
      storeClient: pool,
      storeType: 'pool',
      tableName: 'partner_rate_limit',
      keyPrefix: 'partner',
      points: perMinute,
      duration: 60,
      insuranceLimiter: memory,
    },
    (err?: Error & { code?: string }) => {
      // replicas starting together create the table at once: PostgreSQL tells the losers its type or
      // name exists (the library knows only one of the codes, and otherwise throws where nobody listens)
      if (err && ['42710', '42P07', '23505'].includes(err.code ?? '')) (limiter as unknown as { tableCreated: boolean }).tableCreated = true;
      else if (err) console.error(JSON.stringify({ msg: 'partner rate limit table unavailable: counting in memory', code: err.code }));
    },
  );
  return { limiter, close: () => pool.end() };
}

/** Per-partner request limits: beyond the allowance, 429 with Retry-After. Console users are not limited here. */
export function usePartnerRateLimit({ limiter, close }: PartnerLimiter): GatewayPlugin<{ claims?: Claims | null }> {
  return {
    onDispose: close,
    async onExecute({ args }) {
      const claims = args.contextValue.claims;
      if (!claims?.roles.includes('partner')) return;
      try {
        await limiter.consume(claims.sub);
      } catch (res) {
        if (!(res instanceof RateLimiterRes)) throw res;
        const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
        throw new GraphQLError(`请求过于频繁，请 ${seconds} 秒后重试`, {
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429, headers: { 'Retry-After': String(seconds) } } },
        });
      }
    },
  };
}

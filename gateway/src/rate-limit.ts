import type { Claims } from '@cp/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Per-partner request limits (rate-limiter-flexible, a kept library): each partner client gets
 * `perMinute` requests a minute; beyond that, 429 with Retry-After. Console users are not
 * limited here. In memory per gateway replica; with several replicas, give each its share or
 * swap in the library's PostgreSQL or Redis store.
 */
export function usePartnerRateLimit(perMinute: number): GatewayPlugin<{ claims?: Claims | null }> {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return {
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

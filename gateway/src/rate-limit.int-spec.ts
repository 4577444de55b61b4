import { randomUUID } from 'node:crypto';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Client } from 'pg';
import { createPartnerLimiter, type PartnerLimiter } from './rate-limit';

/* Two gateway replicas sharing one PostgreSQL count a partner's requests together. */

const replicas: PartnerLimiter[] = [];
afterAll(() => Promise.all(replicas.map((r) => r.close())));

describe('partner rate limit across replicas', () => {
  it('refuses the request beyond the allowance, whichever replica counted the others', async () => {
    const [a, b] = [createPartnerLimiter(3, inject('pgServerUrl')), createPartnerLimiter(3, inject('pgServerUrl'))];
    replicas.push(a, b);
    const partner = `partner:${randomUUID()}`;
    await a.limiter.consume(partner);
    await b.limiter.consume(partner);
    await a.limiter.consume(partner);
    const refused = await b.limiter.consume(partner).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimiterRes);
    expect((refused as RateLimiterRes).msBeforeNext).toBeGreaterThan(0);
    // another partner has its own allowance
    await expect(a.limiter.consume(`partner:${randomUUID()}`)).resolves.toBeInstanceOf(RateLimiterRes);
  });

  it('starts many replicas at once on a database without the table: every one counts, none fails', async () => {
    const name = `t_rate_limit_${process.pid}_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: inject('pgServerUrl') });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = Object.assign(new URL(inject('pgServerUrl')), { pathname: `/${name}` }).toString();
    const started = Array.from({ length: 6 }, () => createPartnerLimiter(6, url));
    replicas.push(...started);
    const partner = `partner:${randomUUID()}`;
    await new Promise((r) => setTimeout(r, 500)); // their tables are being created, concurrently
    for (const r of started) await r.limiter.consume(partner);
    const refused = await started[0]!.limiter.consume(partner).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimiterRes);
    expect((refused as RateLimiterRes).msBeforeNext).toBeGreaterThan(0);
  });
});

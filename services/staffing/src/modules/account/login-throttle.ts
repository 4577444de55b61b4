import { perRequest } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Throttling of failed logins, after OWASP's Authentication Cheat Sheet and NIST SP 800-63B
 * §5.2.2: failures are counted per (username, client address) pair, per address, and per
 * username, whether or not the username exists, so the answer never tells an account apart
 * from a guess. The pair's limit is the tight one: a guesser locks out only their own address,
 * and the owner logs in from elsewhere; the username's own limit (100 a day, NIST's ceiling)
 * stops a guesser who spreads over many addresses. Counters live in PostgreSQL, shared by
 * replicas (rate-limiter-flexible, table `login_throttle`, created by a migration).
 */
export const LOGIN_LIMITS = {
  pair: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  address: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
  user: { points: 100, duration: 24 * 3600, blockDuration: 3600 },
} as const;
type Scope = keyof typeof LOGIN_LIMITS;

/** The store's keys (rate-limiter-flexible writes `<keyPrefix>:<key>`): a username's own, and a LIKE pattern for all its pairs. */
const userKey = (user: string) => `user:${user}`;
const pairsOf = (user: string) => `pair:${user.replace(/[\\%_]/g, '\\$&')}@%`;

export class LoginThrottle {
  private readonly limiters: Record<Scope, RateLimiterPostgres>;

  constructor(em: EntityManager) {
    const knex = em.getKnex();
    const make = (scope: Scope) =>
      new RateLimiterPostgres({
        storeClient: knex,
        storeType: 'knex',
        tableName: 'login_throttle',
        tableCreated: true,
        keyPrefix: scope,
        ...LOGIN_LIMITS[scope],
      });
    this.limiters = { pair: make('pair'), address: make('address'), user: make('user') };
  }

  private keys(username: string, address: string | null): Record<Scope, string> {
    const user = username.trim().toLowerCase();
    const from = address ?? 'unknown';
    return { pair: `${user}@${from}`, address: from, user };
  }

  /** Seconds until attempts for this username from this address are heard again (0: now): a limit reached refuses the next try. */
  async waitSeconds(username: string, address: string | null): Promise<number> {
    const keys = this.keys(username, address);
    const waits = await Promise.all(
      (Object.keys(keys) as Scope[]).map(async (scope) => {
        const res = await this.limiters[scope].get(keys[scope]);
        return res && res.consumedPoints >= LOGIN_LIMITS[scope].points ? Math.ceil(res.msBeforeNext / 1000) : 0;
      }),
    );
    return Math.max(...waits);
  }

  /** Counts a failure on all three counters (atomically each: parallel guesses all count). */
  async fail(username: string, address: string | null): Promise<void> {
    const keys = this.keys(username, address);
    await Promise.all(
      (Object.keys(keys) as Scope[]).map((scope) =>
        this.limiters[scope].consume(keys[scope]).catch((err: unknown) => {
          if (!(err instanceof RateLimiterRes)) throw err; // over the limit: now blocked, as intended
        }),
      ),
    );
  }

  /** A success forgets the pair's failures (the owner is back); the others keep counting. */
  async succeed(username: string, address: string | null): Promise<void> {
    await this.limiters.pair.delete(this.keys(username, address).pair);
  }

  /**
   * Usernames whose logins are blocked (their own limit, or from some address), until when: for
   * the administrator's list. Read from the store's rows, keyed as `userKey` and `pairsOf` say.
   */
  static async blockedUntil(em: EntityManager, usernames: string[]): Promise<Map<string, Date>> {
    const names = usernames.map((u) => u.trim().toLowerCase());
    const rows = await em.getConnection().execute<Array<{ name: string; until: string }>>(
      `select split_part(substr(key, strpos(key, ':') + 1), '@', 1) as name, max(expire) as until from login_throttle
        where expire > ? and ((key = any(string_to_array(?, ',')) and points >= ?) or (key like any(string_to_array(?, ',')) and points >= ?)) group by 1`,
      // one text each (usernames hold no commas): the driver would spread an array into a list
      [Date.now(), names.map(userKey).join(','), LOGIN_LIMITS.user.points, names.map(pairsOf).join(','), LOGIN_LIMITS.pair.points],
    );
    return new Map(rows.map((r) => [r.name, new Date(Number(r.until))]));
  }

  /** An administrator's unlock: the username's failures, from every address, are forgotten. */
  static async forget(em: EntityManager, username: string): Promise<void> {
    const user = username.trim().toLowerCase();
    await em.getConnection().execute(`delete from login_throttle where key = ? or key like ? escape '\\'`, [userKey(user), pairsOf(user)]);
  }
}

/** One throttle per database connection pool, shared by every request: its counters live in the database. */
const throttles = new WeakMap<object, LoginThrottle>();
export const loginThrottle = perRequest(({ em }) => {
  const knex = em.getKnex();
  let throttle = throttles.get(knex);
  if (!throttle) throttles.set(knex, (throttle = new LoginThrottle(em)));
  return throttle;
});

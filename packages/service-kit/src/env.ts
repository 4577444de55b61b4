import { DEV_SECRETS } from '@cp/auth';
import { parseEnv, secret, z } from '@cp/config';

export { parseEnv, secret };

/** What every subgraph process needs. Services extend it with their own variables. */
export const subgraphEnvShape = (defaultPort: number) => ({
  PORT: z.coerce.number().int().positive().default(defaultPort),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  /** A hot standby of DATABASE_URL's database: queries that tolerate a short lag read it (see standby.ts). */
  DATABASE_READ_URL: z.string().url().optional(),
  GATEWAY_SECRET: secret(DEV_SECRETS.gateway),
  /** The gateway, for reading other domains' data under the service's own identity. */
  GATEWAY_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
  /** Signs login tokens (staffing) and the service's own identity (every service). */
  AUTH_TOKEN_SECRET: secret(DEV_SECRETS.userToken),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DB_POOL_MAX: z.coerce.number().int().positive().default(10),
  /** `seed` only: residents per community in the demo district. */
  DEMO_RESIDENTS_PER_COMMUNITY: z.coerce.number().int().positive().optional(),
});

export type SubgraphEnv = z.infer<z.ZodObject<ReturnType<typeof subgraphEnvShape>>>;

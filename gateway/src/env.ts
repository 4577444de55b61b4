import { DEV_SECRETS } from '@cp/auth';
import { parseEnv, secret, z } from '@cp/config';

const shape = {
  PORT: z.coerce.number().int().positive().default(4000),
  HOST: z.string().default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Verifies the tokens users get at login (the same secret as staffing's). */
  AUTH_TOKEN_SECRET: secret(DEV_SECRETS.userToken),
  /** Signs the claims the gateway forwards; subgraphs accept nothing else. */
  GATEWAY_SECRET: secret(DEV_SECRETS.gateway),
  /** Per-subgraph-call timeout. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Optional overrides of the subgraph URLs written in the supergraph. */
  POPULATION_URL: z.string().url().optional(),
  DISPUTES_URL: z.string().url().optional(),
  STAFFING_URL: z.string().url().optional(),
  PERFORMANCE_URL: z.string().url().optional(),
  TASKS_URL: z.string().url().optional(),
  SUPERGRAPH_PATH: z.string().optional(),
  /**
   * Addresses or CIDR ranges of the proxies you run in front of the gateway (console server, load
   * balancer), comma-separated: only their X-Forwarded-For reaches the audit trail. Empty: none.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  /** The largest request body accepted (bytes); larger ones get 413 before anything reads them. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** Requests a minute per partner client; beyond it, 429 with Retry-After. */
  PARTNER_REQUESTS_PER_MINUTE: z.coerce.number().int().positive().default(120),
  /** A PostgreSQL database where gateway replicas share partners' request counts; unset: each replica counts alone. */
  RATE_LIMIT_DATABASE_URL: z.string().url().optional(),
  /** The console's trusted documents: persisted-documents manifests, or a directory of console packages (comma-separated). */
  TRUSTED_DOCUMENTS: z.string().optional(),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error']).default('info'),
};

export type GatewayEnv = z.infer<z.ZodObject<typeof shape>>;

/** The gateway's configuration, validated once at start. */
export const loadEnv = (source: NodeJS.ProcessEnv = process.env): GatewayEnv => parseEnv(shape, source);

export const subgraphUrlOverrides = (env: GatewayEnv): Record<string, string | undefined> => ({
  population: env.POPULATION_URL,
  disputes: env.DISPUTES_URL,
  staffing: env.STAFFING_URL,
  performance: env.PERFORMANCE_URL,
  tasks: env.TASKS_URL,
});

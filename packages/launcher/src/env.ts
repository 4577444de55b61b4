import { join } from 'node:path';
import { parseEnv, z } from '@cp/config';
import { ROOT } from './services';

const shape = {
  /** A PostgreSQL server to use instead of the embedded one; each service gets database cp_<service>. */
  DATABASE_URL: z.string().url().optional(),
  POPULATION_DATABASE_URL: z.string().url().optional(),
  DISPUTES_DATABASE_URL: z.string().url().optional(),
  STAFFING_DATABASE_URL: z.string().url().optional(),
  PERFORMANCE_DATABASE_URL: z.string().url().optional(),
  /** Where the embedded PostgreSQL keeps its data (kept across restarts). */
  DATA_DIR: z.string().default(join(ROOT, '.data')),
  PG_PORT: z.coerce.number().int().positive().default(54329),
  GATEWAY_PORT: z.coerce.number().int().positive().default(4000),
  CONSOLE_PORT: z.coerce.number().int().positive().default(5173),
  HOST: z.string().default('127.0.0.1'),
  /** Demo district size: residents per community on average (240 ≈ 49 000 residents). */
  DEMO_RESIDENTS_PER_COMMUNITY: z.coerce.number().int().positive().default(240),
};

export type LauncherEnv = z.infer<z.ZodObject<typeof shape>>;

export const loadEnv = (source: NodeJS.ProcessEnv = process.env): LauncherEnv => parseEnv(shape, source);

/** A service's own database URL, if one was configured. */
export const serviceDatabaseUrl = (env: LauncherEnv, name: string): string | undefined =>
  env[`${name.toUpperCase()}_DATABASE_URL` as keyof LauncherEnv] as string | undefined;

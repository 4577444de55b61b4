import { DEV_SECRETS } from '@cp/auth';
import { z } from 'zod';

/** A secret with a development default; production must set it. */
export const secret = (devDefault: string) =>
  z
    .string()
    .min(32, '至少 32 个字符')
    .optional()
    .transform((v, ctx) => {
      if (v) return v;
      if (process.env.NODE_ENV === 'production') {
        ctx.addIssue({ code: 'custom', message: '生产环境必须设置' });
        return z.NEVER;
      }
      return devDefault;
    });

/** What every subgraph process needs. Services extend it with their own variables. */
export const subgraphEnvShape = (defaultPort: number) => ({
  PORT: z.coerce.number().int().positive().default(defaultPort),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  GATEWAY_SECRET: secret(DEV_SECRETS.gateway),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DB_POOL_MAX: z.coerce.number().int().positive().default(10),
  /** `seed` only: residents per community in the demo district. */
  DEMO_RESIDENTS_PER_COMMUNITY: z.coerce.number().int().positive().optional(),
});

/** Parses configuration once at start; fails with a message naming every bad variable. */
export function parseEnv<S extends z.ZodRawShape>(shape: S, source: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`配置错误 (invalid environment):\n${lines.join('\n')}`);
  }
  return result.data;
}

export type SubgraphEnv = z.infer<z.ZodObject<ReturnType<typeof subgraphEnvShape>>>;

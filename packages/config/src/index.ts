import { z } from 'zod';

export { z };

/** A secret with a development default; with NODE_ENV=production it must be set, and not to that published default. */
export const secret = (devDefault: string) =>
  z
    .string()
    .min(32, '至少 32 个字符')
    .optional()
    .transform((v, ctx) => {
      const production = process.env.NODE_ENV === 'production';
      if (production && (!v || v === devDefault)) {
        ctx.addIssue({ code: 'custom', message: v ? '生产环境不能使用公开的开发默认值' : '生产环境必须设置' });
        return z.NEVER;
      }
      return v || devDefault;
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

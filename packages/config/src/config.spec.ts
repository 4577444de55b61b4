import { afterEach, describe, expect, it } from 'vitest';
import { parseEnv, secret } from './index';

const DEV = 'dev-only-default-secret-change-me-0123456789';
const shape = { S: secret(DEV) };

describe('secrets', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => void (process.env.NODE_ENV = nodeEnv));

  it('fall back to the development default outside production', () => {
    process.env.NODE_ENV = 'development';
    expect(parseEnv(shape, {}).S).toBe(DEV);
  });

  it('are required in production, and the published development default is refused there', () => {
    process.env.NODE_ENV = 'production';
    expect(() => parseEnv(shape, {})).toThrow(/S: 生产环境必须设置/);
    expect(() => parseEnv(shape, { S: DEV })).toThrow(/S: 生产环境不能使用公开的开发默认值/);
    expect(parseEnv(shape, { S: 'a-real-secret-of-at-least-32-characters!' }).S).toBe('a-real-secret-of-at-least-32-characters!');
  });
});

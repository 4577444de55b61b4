import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

/**
 * Three layers (docs/TESTING.md): unit specs beside the code; integration specs on a real
 * PostgreSQL (embedded, or DATABASE_URL); browser specs driving Debian's Chromium.
 * Integration and browser specs import the built packages, so `pnpm test` builds first.
 */
const require = createRequire(import.meta.url);

export default defineConfig({
  // one graphql for tests and the CommonJS libraries they load ("another module or realm" otherwise)
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  // esbuild emits no decorator metadata; SWC does (type-graphql and MikroORM need it)
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['{packages,services,gateway,schema,deploy}/**/src/**/*.spec.ts'],
          exclude: ['**/node_modules/**', '**/dist/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['{packages,services,gateway,schema,bench,integration-tests}/**/src/**/*.int-spec.ts'],
          exclude: ['**/node_modules/**', '**/dist/**'],
          globalSetup: ['packages/testkit/dist/global-setup.js'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          sequence: { groupOrder: 2 },
          include: ['console/e2e/**/*.e2e.ts'],
          globalSetup: ['packages/testkit/dist/global-setup.js'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
          // a page waits on the gateway: on a loaded 2-core CI machine one second is not enough
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});

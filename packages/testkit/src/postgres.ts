import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts, startEmbeddedPostgres } from '@cp/db';

/** A fresh, empty PostgreSQL server (embedded) in a temporary folder on a free port; `stop` removes it. */
export async function freshPostgres(label = 'cp-test-pg-'): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), label));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), ephemeral: true });
  return {
    adminUrl: server.adminUrl,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A port the system has free now. */
export const freePort = async (): Promise<number> => (await freePorts(1))[0]!;

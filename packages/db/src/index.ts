export { startEmbeddedPostgres, embeddedAdminUrl, POSTGRES_MAJOR, type EmbeddedServer } from './embedded-server';
export { ensureDatabase, dropDatabase, withDatabase, databaseUrl } from './databases';
export { backupDatabases, restoreDatabases, pruneBackups, postgresTools, type BackupManifest, type RestoreReport } from './backup';

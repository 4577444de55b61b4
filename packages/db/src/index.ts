export { startEmbeddedPostgres, embeddedAdminUrl, POSTGRES_MAJOR, type EmbeddedServer } from './embedded-server';
export { ensureDatabase, dropDatabase, withDatabase, databaseUrl } from './databases';
export { DEBIAN_BIN, backupDatabases, restoreDatabases, pruneBackups, postgresTools, type BackupManifest, type RestoreReport } from './backup';
export { startStandby, lagProbe, standbyDatabaseUrl, type Standby, type StandbyOptions } from './standby';
export { freePorts } from './ports';

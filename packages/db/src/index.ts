export { startEmbeddedPostgres, type EmbeddedServer } from './embedded-server';
export { ensureDatabase, dropDatabase, withDatabase, databaseUrl } from './databases';

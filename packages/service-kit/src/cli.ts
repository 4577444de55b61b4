import type { SubgraphDefinition } from './definition';
import type { SubgraphEnv } from './env';
import { StandbyReads } from './standby';
import { createLogger } from './logger';
import { migrateUp, openOrm } from './orm';
import { startSubgraphServer } from './server';

/**
 * The one entry point of every service process:
 *   serve    start the subgraph (default)
 *   migrate  apply pending migrations
 *   seed     load demo data into an empty database
 *   migration:create <dir>  write a migration for the entity changes (development)
 */
export async function runServiceCli(def: SubgraphDefinition, env: SubgraphEnv, argv = process.argv.slice(2)): Promise<void> {
  const [command = 'serve', arg] = argv;
  const log = createLogger(def.name, env.LOG_LEVEL);
  const orm = await openOrm({ databaseUrl: env.DATABASE_URL, entities: def.entities, migrations: def.migrations, poolMax: env.DB_POOL_MAX });

  if (command === 'migrate') {
    const applied = await migrateUp(orm);
    log.info({ applied }, applied.length ? 'migrations applied' : 'database up to date');
    return orm.close();
  }
  if (command === 'seed') {
    log.info(def.seed ? await def.seed(orm, { residentsPerCommunity: env.DEMO_RESIDENTS_PER_COMMUNITY }) : 'nothing to seed');
    return orm.close();
  }
  if (command === 'migration:create') {
    const result = await orm.getMigrator().createMigration(arg ?? 'src/migrations');
    log.info({ file: result.fileName }, result.fileName ? 'migration written; add it to src/migrations/index.ts' : 'no changes');
    return orm.close();
  }
  if (command !== 'serve') throw new Error(`unknown command ${command}`);

  const ormOptions = { databaseUrl: env.DATABASE_URL, entities: def.entities, migrations: def.migrations, poolMax: env.DB_POOL_MAX };
  const standby = env.DATABASE_READ_URL ? await StandbyReads.open({ ...ormOptions, standbyUrl: env.DATABASE_READ_URL }, log) : undefined;
  const server = await startSubgraphServer(def, orm, {
    port: env.PORT,
    host: env.HOST,
    gatewaySecret: env.GATEWAY_SECRET,
    logLevel: env.LOG_LEVEL,
    development: env.NODE_ENV !== 'production',
    gateway: { url: env.GATEWAY_URL, tokenSecret: env.AUTH_TOKEN_SECRET },
    jobs: true,
    standby,
  });
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await server.close();
    await Promise.all([orm.close(), standby?.close()]);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';

/**
 * Counts SQL statements sent by every ORM in this process. Read by the N+1 guard tests and
 * the benchmark (`GET /stats`); a counter increment costs nothing on the hot path.
 */
export const sqlStatements = { count: 0 };

export interface OrmOptions {
  databaseUrl: string;
  entities: Options['entities'];
  migrations: MigrationObject[];
  poolMax?: number;
}

/** One ORM per process; every request works in its own fork (`orm.em.fork()`). */
export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: options.databaseUrl,
    entities: options.entities,
    extensions: [Migrator],
    // Migrations are listed in code, so builds and tests need no file globbing.
    migrations: { migrationsList: options.migrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: 0, max: options.poolMax ?? 10 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
  });
  orm.em
    .getConnection()
    .getKnex()
    .on('query', () => {
      sqlStatements.count++;
    });
  return orm;
}

export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}

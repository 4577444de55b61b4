import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import { guardConnection, type PgConnection } from './deadline';

/**
 * Counts SQL statements sent by every ORM in this process. Read by the N+1 guard tests and
 * the benchmark (`GET /stats`); a counter increment costs nothing on the hot path.
 */
export const sqlStatements = { count: 0, /** of which on a read-only standby */ standby: 0 };

/** One statement as sent, numbered by `sqlStatements.count` at the time. */
export interface TracedStatement {
  seq: number;
  sql: string;
  bindings: unknown[];
}

/**
 * The last statements sent, with their parameters, kept only where `SQL_TRACE=1` (the scale
 * benchmark replays them as its SQL floor). Off by default: parameters can hold personal data.
 */
export const sqlTrace: TracedStatement[] = [];
const TRACE = process.env.SQL_TRACE === '1';
const TRACE_KEEP = 200;

export interface OrmOptions {
  databaseUrl: string;
  entities: Options['entities'];
  migrations: MigrationObject[];
  poolMax?: number;
  /** A hot standby's ORM (reads only; its statements are counted apart too). */
  standby?: boolean;
}

/** One ORM per process; every request works in its own fork (`orm.em.fork()`). */
export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: options.databaseUrl,
    entities: options.entities,
    extensions: [Migrator],
    // Migrations are listed in code, so builds and tests need no file globbing.
    migrations: { migrationsList: options.migrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      // each connection's statements stop with the request that sent them (deadline.ts)
      afterCreate: (connection: PgConnection, done: (err: Error | null, connection: PgConnection) => void) => {
        guardConnection(connection);
        done(null, connection);
      },
    },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
  });
  orm.em
    .getConnection()
    .getKnex()
    .on('query', (q: { sql: string; bindings?: unknown[] }) => {
      sqlStatements.count++;
      if (options.standby) sqlStatements.standby++;
      if (!TRACE) return;
      sqlTrace.push({ seq: sqlStatements.count, sql: q.sql, bindings: q.bindings ?? [] });
      if (sqlTrace.length > TRACE_KEEP) sqlTrace.shift();
    });
  return orm;
}

/**
 * Asks PostgreSQL to cancel what a pooled connection is running, over a connection of its own to
 * the same server: the primary's, or the standby's for a connection to the standby (a backend's
 * pid means nothing on another server, and could name someone else's statement there).
 */
export function statementCanceller(orm: MikroORM, standby?: MikroORM): (connection: PgConnection) => Promise<void> {
  type Client = { cancelQuery(connection: PgConnection): Promise<unknown> };
  const clientOf = (o: MikroORM) => o.em.getConnection().getKnex().client as Client;
  const primary = clientOf(orm);
  const onStandby = standby && serverOf(standby.config.get('clientUrl')!);
  const replica = standby && clientOf(standby);
  return async (connection) => {
    const { host, port } = connection as unknown as { host?: string; port?: number };
    await (replica && `${host}:${port}` === onStandby ? replica : primary).cancelQuery(connection);
  };
}

const serverOf = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}`;
};

export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}

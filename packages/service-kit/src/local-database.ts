import { ensureDatabase } from '@cp/db';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { SeedOptions, SubgraphDefinition } from './definition';
import { migrateUp, openOrm } from './orm';

/**
 * A subgraph's database made ready in this process (tests, the in-process platform): created
 * on `serverUrl` if missing, migrated, and seeded unless `seed` is false.
 */
export async function prepareSubgraphDatabase(def: SubgraphDefinition, serverUrl: string, database: string, seed: SeedOptions | false = {}): Promise<MikroORM> {
  const url = await ensureDatabase(serverUrl, database);
  const orm = await openOrm({ databaseUrl: url, entities: def.entities, migrations: def.migrations });
  await migrateUp(orm);
  if (seed !== false) await def.seed?.(orm, seed);
  return orm;
}

import { DEV_SECRETS } from '@cp/auth';
import { prepareSubgraphDatabase, startSubgraphServer, type MikroORM, type SubgraphDefinition } from '@cp/service-kit';

/** A database-name prefix unique to this test file and run. */
export const testDatabaseName = (label: string): string => `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}_${Date.now().toString(36)}`;

export interface TestSubgraph {
  url: string;
  orm: MikroORM;
  /** Runs one of the subgraph's jobs now, as its timer would. */
  runJob(name: string, now?: Date): Promise<number>;
  stop(): Promise<void>;
}

/** One subgraph alone on a fresh, migrated and seeded database, called as the gateway would. */
export async function testSubgraph(serverUrl: string, def: SubgraphDefinition, residentsPerCommunity = 40): Promise<TestSubgraph> {
  const orm = await prepareSubgraphDatabase(def, serverUrl, testDatabaseName(def.name), { residentsPerCommunity });
  // alone, with no gateway to call: what needs another domain is tested on the whole platform
  const gateway = { url: 'http://127.0.0.1:9/graphql', tokenSecret: DEV_SECRETS.userToken };
  const server = await startSubgraphServer(def, orm, { port: 0, gatewaySecret: DEV_SECRETS.gateway, logLevel: 'warn', development: true, gateway });
  return {
    url: server.url,
    orm,
    runJob: (name, now) => server.runJob(name, now),
    stop: async () => {
      await server.close();
      await orm.close();
    },
  };
}

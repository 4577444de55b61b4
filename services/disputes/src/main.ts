import { runServiceCli } from '@cp/service-kit';
import { loadEnv } from './env';
import { disputesSubgraph } from './subgraph';

runServiceCli(disputesSubgraph, loadEnv()).catch((err) => {
  console.error(err);
  process.exit(1);
});

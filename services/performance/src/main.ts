import { runServiceCli } from '@cp/service-kit';
import { loadEnv } from './env';
import { performanceSubgraph } from './subgraph';

runServiceCli(performanceSubgraph, loadEnv()).catch((err) => {
  console.error(err);
  process.exit(1);
});

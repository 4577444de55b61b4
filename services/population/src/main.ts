import { runServiceCli } from '@cp/service-kit';
import { loadEnv } from './env';
import { populationSubgraph } from './subgraph';

runServiceCli(populationSubgraph, loadEnv()).catch((err) => {
  console.error(err);
  process.exit(1);
});

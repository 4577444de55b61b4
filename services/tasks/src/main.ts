import { runServiceCli } from '@cp/service-kit';
import { loadEnv } from './env';
import { tasksSubgraph } from './subgraph';

runServiceCli(tasksSubgraph, loadEnv()).catch((err) => {
  console.error(err);
  process.exit(1);
});

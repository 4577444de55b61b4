import { runServiceCli } from '@cp/service-kit';
import { loadEnv } from './env';
import { createStaffingSubgraph } from './subgraph';

const env = loadEnv();
runServiceCli(createStaffingSubgraph({ secret: env.AUTH_TOKEN_SECRET, ttlSeconds: env.AUTH_TOKEN_TTL_SECONDS }), env).catch((err) => {
  console.error(err);
  process.exit(1);
});

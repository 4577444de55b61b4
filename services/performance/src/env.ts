import { parseEnv, subgraphEnvShape } from '@cp/service-kit';

/** The performance service's configuration; see README.md for the table. */
export const loadEnv = () => parseEnv(subgraphEnvShape(4004));

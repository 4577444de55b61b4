import { parseEnv, subgraphEnvShape } from '@cp/service-kit';

/** The tasks service's configuration; see README.md for the table. */
export const loadEnv = () => parseEnv(subgraphEnvShape(4005));

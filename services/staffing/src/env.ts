import { z } from '@cp/config';
import { parseEnv, subgraphEnvShape } from '@cp/service-kit';

/** The staffing service's configuration; see README.md for the table. */
export const loadEnv = () =>
  parseEnv({
    ...subgraphEnvShape(4003),
    AUTH_TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .positive()
      .default(8 * 3600),
  });

export type StaffingEnv = ReturnType<typeof loadEnv>;

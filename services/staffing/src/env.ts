import { DEV_SECRETS } from '@cp/auth';
import { z } from '@cp/config';
import { parseEnv, secret, subgraphEnvShape } from '@cp/service-kit';

/** The staffing service's configuration; see README.md for the table. */
export const loadEnv = () =>
  parseEnv({
    ...subgraphEnvShape(4003),
    /** Signs the tokens issued at login; the gateway verifies them with the same secret. */
    AUTH_TOKEN_SECRET: secret(DEV_SECRETS.userToken),
    AUTH_TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .positive()
      .default(8 * 3600),
  });

export type StaffingEnv = ReturnType<typeof loadEnv>;

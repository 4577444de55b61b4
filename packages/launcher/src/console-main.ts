import { parseEnv, z } from '@cp/config';
import { startConsoleServer } from './console-server';
import { ROOT } from './services';
import { join } from 'node:path';

/** The console server alone (a container of its own): the built console, and `/graphql` passed to GATEWAY_URL. */
const env = parseEnv({
  PORT: z.coerce.number().int().positive().default(5173),
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
});

void startConsoleServer({ consoleDir: join(ROOT, 'console'), gatewayUrl: env.GATEWAY_URL, port: env.PORT, host: env.HOST }).then((server) => {
  console.log(JSON.stringify({ msg: `console ready at http://${env.HOST}:${env.PORT}/` }));
  const shutdown = () => server.close(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
});

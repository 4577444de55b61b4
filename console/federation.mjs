import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';

/** The domain remotes: each is served under /remotes/<name>/ and listens on its port in dev. */
export const REMOTES = [
  { name: 'population', devPort: 5174 },
  { name: 'disputes', devPort: 5175 },
  { name: 'staffing', devPort: 5176 },
  { name: 'performance', devPort: 5177 },
  { name: 'tasks', devPort: 5178 },
];

/**
 * Libraries the shell and every remote share as singletons (one React, one router, one
 * Apollo cache, one antd theme).
 */
export const sharedSingletons = Object.fromEntries(
  ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react-router-dom', '@apollo/client', '@apollo/client/react', 'graphql', 'antd', 'dayjs'].map(
    (name) => [name, { singleton: true, requiredVersion: false }],
  ),
);

/**
 * A domain remote's Vite config: it exposes only its manifest (`src/domain.tsx`: path, menu, lazy
 * routes); the shell owns layout, login and the ApolloClient.
 */
export function remoteConfig(name) {
  const { devPort } = REMOTES.find((r) => r.name === name);
  return {
    base: `/remotes/${name}/`,
    plugins: [react(), federation({ name, filename: 'remoteEntry.js', exposes: { './domain': './src/domain.tsx' }, shared: sharedSingletons, dts: false })],
    build: { target: 'es2022' },
    server: { port: devPort, origin: `http://127.0.0.1:${devPort}` },
  };
}

/**
 * `virtual:domains`: one loader per remote's manifest, in REMOTES order, so this list is the only
 * place the shell learns of a domain.
 */
const DOMAINS_MODULE = 'virtual:domains';
const domainsModule = {
  name: 'cp-domains',
  resolveId: (id) => (id === DOMAINS_MODULE ? `\0${DOMAINS_MODULE}` : null),
  load: (id) =>
    id === `\0${DOMAINS_MODULE}`
      ? `export const DOMAIN_LOADERS = [${REMOTES.map(({ name }) => `{ name: ${JSON.stringify(name)}, load: () => import(${JSON.stringify(`${name}/domain`)}) }`).join(', ')}];`
      : null,
};

/** The shell's Vite config: every remote loaded from /remotes/<name>/ (proxied to its dev server in dev). */
export function shellConfig() {
  return {
    plugins: [
      react(),
      domainsModule,
      federation({
        name: 'shell',
        remotes: Object.fromEntries(
          REMOTES.map(({ name }) => [name, { type: 'module', name, entry: `/remotes/${name}/remoteEntry.js`, entryGlobalName: name, shareScope: 'default' }]),
        ),
        shared: sharedSingletons,
        dts: false,
      }),
    ],
    build: { target: 'es2022' },
    server: {
      port: 5173,
      proxy: {
        '/graphql': 'http://127.0.0.1:4000',
        ...Object.fromEntries(
          REMOTES.map(({ name, devPort }) => [
            `/remotes/${name}`,
            { target: `http://127.0.0.1:${devPort}`, rewrite: (p) => p.replace(`/remotes/${name}`, '') },
          ]),
        ),
      },
    },
  };
}

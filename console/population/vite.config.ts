import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
// @ts-expect-error plain ESM helper shared by the console packages
import { sharedSingletons } from '../shared-deps.mjs';

/** The population remote exposes only its routes; the shell owns layout, login and the ApolloClient. */
export default defineConfig({
  base: '/remotes/population/',
  plugins: [
    react(),
    federation({
      name: 'population',
      filename: 'remoteEntry.js',
      exposes: { './routes': './src/routes.tsx' },
      shared: sharedSingletons,
      dts: false,
    }),
  ],
  build: { target: 'es2022' },
  server: { port: 5174, origin: 'http://127.0.0.1:5174' },
});

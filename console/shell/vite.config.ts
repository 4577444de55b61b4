import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
// @ts-expect-error plain ESM helper shared by the console packages
import { sharedSingletons } from '../shared-deps.mjs';

/** Remotes are served under /remotes/<name>/ by the console server (and proxied in dev). */
export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'shell',
      remotes: {
        population: { type: 'module', name: 'population', entry: '/remotes/population/remoteEntry.js', entryGlobalName: 'population', shareScope: 'default' },
      },
      shared: sharedSingletons,
      dts: false,
    }),
  ],
  build: { target: 'es2022' },
  server: {
    port: 5173,
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/remotes/population': { target: 'http://127.0.0.1:5174', rewrite: (p) => p.replace(/^\/remotes\/population/, '') },
    },
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The field app at /m/ with its own service worker (scope /m/): the shell is precached by
 * Workbox, so the app opens without network; data and writes are the app's own (IndexedDB).
 */
export default defineConfig({
  base: '/m/',
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      manifest: {
        name: '社区警务 · 移动端',
        short_name: '社区警务',
        lang: 'zh-CN',
        start_url: '/m/',
        scope: '/m/',
        display: 'standalone',
        theme_color: '#1677ff',
        background_color: '#ffffff',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        navigateFallback: '/m/index.html',
        // the API is never answered from the cache: offline reads come from the app's own store
        navigateFallbackDenylist: [/^\/graphql/],
        globPatterns: ['**/*.{js,css,html,svg}'],
      },
    }),
  ],
  build: { target: 'es2022' },
  server: { port: 5180 },
});

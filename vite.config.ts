import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.join(repoRoot, 'src/web');

// The web app lives in src/web and is built to dist/web, which the API server serves.
// In development (`npm run dev`) Vite serves it with hot reload and proxies /api to the server.
export default defineConfig({
  root: webRoot,
  plugins: [
    react(),
    // The survey of points of sale is an installable app that works offline (pages/points-of-sale/survey).
    // Only the survey pages register the worker; pages are fetched network first, so a page online is
    // always the server's (with its clock), and the cached copy serves only without a connection.
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'OCOP Connect – Khảo sát điểm bán',
        short_name: 'Khảo sát OCOP',
        description: 'Khảo sát điểm giới thiệu và bán sản phẩm OCOP, cả khi không có mạng',
        lang: 'vi',
        start_url: '/admin/points-of-sale/my-surveys',
        scope: '/',
        display: 'standalone',
        theme_color: '#2f6f4f',
        background_color: '#ffffff',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,svg,woff2}'],
        navigateFallback: null,
        runtimeCaching: [
          { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkFirst', options: { cacheName: 'pages', networkTimeoutSeconds: 5 } },
          { urlPattern: ({ url }) => url.pathname.startsWith('/api/outlets/surveys') || url.pathname === '/api/auth/me', method: 'GET', handler: 'NetworkFirst', options: { cacheName: 'survey-api', networkTimeoutSeconds: 5 } },
        ],
      },
    }),
  ],
  build: {
    outDir: path.join(repoRoot, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    // The web app imports shared pure files from src/shared and src/modules/*/roles.ts.
    fs: { allow: [repoRoot] },
    proxy: {
      '/api': {
        target: process.env.API_URL ?? 'http://localhost:3000',
        // The app's own source folder src/web/api/ has the same prefix: its modules
        // (/api/client.ts) are served by Vite, everything else goes to the API server.
        bypass: (request) => {
          const pathname = (request.url ?? '').split('?')[0] ?? '';
          return fs.existsSync(path.join(webRoot, pathname)) ? request.url : undefined;
        },
      },
    },
  },
});

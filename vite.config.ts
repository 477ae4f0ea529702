import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.join(repoRoot, 'src/web');

// The web app lives in src/web and is built to dist/web, which the API server serves.
// In development (`npm run dev`) Vite serves it with hot reload and proxies /api to the server.
export default defineConfig({
  root: webRoot,
  plugins: [react()],
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

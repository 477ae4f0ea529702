import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFound } from './http/app-error.ts';
import { sendError } from './http/error-handler.ts';

export const WEB_DIST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/**
 * Serves the built single-page app; any other GET that is not an API call gets index.html so
 * that deep links (/verify/CODE, /admin/users) work. Unknown API routes are JSON 404s. With
 * `distDir` null (API tests) there is no web app.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string | null): Promise<void> {
  const indexFile = path.join(distDir ?? '', 'index.html');
  const hasWebApp = distDir !== null && fs.existsSync(indexFile);
  if (hasWebApp) {
    await app.register(fastifyStatic, { root: distDir, index: false, wildcard: false, serve: true, prefix: '/' });
    app.get('/assets/*', { config: {} }, (request, reply) => {
      const file = (request.params as { '*': string })['*'];
      return reply.sendFile(path.join('assets', file), { maxAge: 365 * 24 * 3600 * 1000, immutable: true });
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api') && hasWebApp;
    if (wantsPage) return reply.type('text/html').header('cache-control', 'no-cache').send(fs.createReadStream(indexFile));
    return sendError(request, reply, notFound({ vi: 'Không có đường dẫn này', en: `No route ${request.method} ${request.url.split('?')[0]}` }));
  });
}

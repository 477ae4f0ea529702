import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from './config.ts';
import { clock } from '../shared/time/clock.ts';
import { notFound } from './http/app-error.ts';
import { sendError } from './http/error-handler.ts';
import { registerVerifyPage } from './verify-page.ts';
import { SESSION_COOKIE } from '../modules/accounts/sessions.ts';

/** Text types worth compressing; streamed progress (x-ndjson, event-stream) is left alone so it arrives line by line. */
const COMPRESSIBLE = /^(?:text\/(?!event-stream)|application\/(?:json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * Every response compressed (brotli, else gzip) when the client accepts it. Registered before
 * any route, so that the API, the pages and the static files all go through it. Brotli at
 * quality 5: close to the best size for JS and JSON at a small part of quality 11's CPU cost.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: COMPRESSIBLE,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
}

/** Hashed build output (`/assets/*-HASH.js`) never changes under its name; everything else is revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

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
    await app.register(fastifyStatic, {
      root: distDir,
      index: false,
      wildcard: false,
      serve: true,
      prefix: '/',
      cacheControl: false,
      setHeaders: (response, filePath) => {
        const hashed = filePath.startsWith(path.join(distDir, 'assets') + path.sep);
        response.setHeader('cache-control', hashed ? IMMUTABLE : 'no-cache');
      },
    });
    registerVerifyPage(app);
  }
  // The page carries the server's clock so that the web app's "today" is the server's (web/clock.ts),
  // and the map settings (web/kit/map/map-settings.ts).
  const indexHtml = hasWebApp ? fs.readFileSync(indexFile, 'utf8') : '';
  const mapMeta = mapSettingsMeta(app.config.mapTiles);
  // ocop-session: whether the request carries a session cookie, so that an anonymous visitor's
  // app does not ask GET /api/auth/me (a 401) to learn that nobody is signed in.
  const pageWithClock = (request: FastifyRequest) =>
    indexHtml.replace(
      '<head>',
      `<head><meta name="ocop-now" content="${clock.now().toISOString()}"><meta name="ocop-session" content="${request.cookies?.[SESSION_COOKIE] ? '1' : '0'}">${mapMeta}`,
    );
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api') && hasWebApp;
    if (wantsPage) return reply.type('text/html').header('cache-control', 'no-cache').send(pageWithClock(request));
    return sendError(request, reply, notFound({ vi: 'Không có đường dẫn này', en: `No route ${request.method} ${request.url.split('?')[0]}` }));
  });
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<meta name="ocop-map">` with the tile URL template and attribution, or nothing (a plain map). */
export function mapSettingsMeta(tiles: Config['mapTiles']): string {
  if (!tiles) return '';
  const content = JSON.stringify({ tilesUrl: tiles.url, attribution: tiles.attribution });
  return `<meta name="ocop-map" content="${escapeAttribute(content)}">`;
}

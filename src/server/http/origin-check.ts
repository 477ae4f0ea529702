import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { AppError } from './app-error.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a browser page of `origin` may send mutations: only pages of PUBLIC_URL's origin; in
 * development also any loopback page (the Vite dev server runs on another port).
 */
export function isAllowedOrigin(origin: string, config: Pick<Config, 'publicUrl' | 'production'>): boolean {
  if (origin === config.publicUrl) return true;
  if (config.production) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname);
  } catch {
    return false;
  }
}

/**
 * Browsers name the page that sent a request in Origin: an unsafe /api request from another
 * site's page is refused before anything runs, signed in or not (the CSRF token guards sessions
 * too; this also stops sign-in CSRF). Clients that are not browsers send no Origin and pass.
 */
export function registerOriginCheck(app: FastifyInstance, config: Config): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api')) return;
    const origin = request.headers.origin;
    if (origin === undefined || isAllowedOrigin(origin, config)) return;
    throw new AppError(403, 'cross_origin_refused', {
      vi: 'Yêu cầu từ trang web khác bị từ chối',
      en: 'Requests from another site are refused',
    });
  });
}

import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';

/**
 * Security headers on every response (helmet): a Content-Security-Policy that lets the web app
 * load only its own scripts, no framing (clickjacking), nosniff, no referrer to other sites.
 * Styles may be inline: React and Leaflet position elements with style attributes. Map tiles
 * come from MAP_TILES_URL's origin; photos and QR codes may be data: or blob: URLs.
 */
export async function registerSecurityHeaders(app: FastifyInstance, config: Config): Promise<void> {
  const tiles = tileOrigins(config.mapTiles?.url);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'connect-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'img-src': ["'self'", 'data:', 'blob:', ...tiles],
        'object-src': ["'none'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'worker-src': ["'self'", 'blob:'],
        // Only behind HTTPS: on plain http it would send every subresource to a port nobody serves.
        'upgrade-insecure-requests': config.secureCookies ? [] : null,
      },
    },
    // HSTS only where the platform is served over TLS.
    strictTransportSecurity: config.secureCookies ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Product photos and QR codes may be shown by other sites (news, partners): same-site is too strict.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
}

/** The origin of a tile URL template ({s} subdomains widened to a wildcard). */
export function tileOrigins(template: string | undefined): string[] {
  if (!template) return [];
  const host = /^(https?:\/\/)([^/]+)/.exec(template);
  if (!host) return [];
  return [`${host[1]}${(host[2] as string).replace(/\{s\}/g, '*')}`];
}

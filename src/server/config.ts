import path from 'node:path';

/** Process configuration, read once from the environment. Secrets never live in the repo. */
export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded database (PGlite), used when no DATABASE_URL is given. */
  dataDir: string;
  /** A PostgreSQL server; when set, the embedded database is not used. */
  databaseUrl: string | undefined;
  /** Send the session cookie only over HTTPS (set in production behind TLS). */
  secureCookies: boolean;
  /** Trust X-Forwarded-* from a load balancer in front of several app processes. */
  trustProxy: boolean;
  /**
   * The address people reach the platform at (origin, no trailing slash): every link, QR code and
   * e-mail is built from it, never from a request's Host header, and it is the one origin whose
   * pages may send mutations. Required in production; in development derived from HOST and PORT.
   */
  publicUrl: string;
  /** NODE_ENV=production: PUBLIC_URL required, loopback origins of other ports no longer accepted. */
  production: boolean;
  /** Background tiles of the web app's maps (a {z}/{x}/{y} URL template); none: a plain map. */
  mapTiles: { url: string; attribution: string } | null;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const host = env.HOST ?? '0.0.0.0';
  const production = env.NODE_ENV === 'production';
  return {
    port,
    host,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    secureCookies: env.SECURE_COOKIES === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    publicUrl: readPublicUrl(env.PUBLIC_URL, { host, port, production }),
    production,
    mapTiles: env.MAP_TILES_URL ? { url: env.MAP_TILES_URL, attribution: env.MAP_TILES_ATTRIBUTION ?? '' } : null,
  };
}

/** PUBLIC_URL checked and reduced to its origin (a path would break every link built on it). */
export function readPublicUrl(value: string | undefined, server: { host: string; port: number; production: boolean }): string {
  if (!value) {
    if (server.production) throw new Error('PUBLIC_URL must be set in production (e.g. https://ocop.hanoi.gov.vn): links and QR codes are built from it');
    // Listening on every interface: people on this machine reach it as localhost.
    const host = server.host === '0.0.0.0' || server.host === '::' ? 'localhost' : server.host.includes(':') ? `[${server.host}]` : server.host;
    return `http://${host}:${server.port}`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PUBLIC_URL must be an http(s) URL, got "${value}"`);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`PUBLIC_URL must be an origin without a path, got "${value}"`);
  return url.origin;
}

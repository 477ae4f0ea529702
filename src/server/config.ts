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
  /** The address people reach the platform at, for links printed in QR codes (else the request's host). */
  publicUrl: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    secureCookies: env.SECURE_COOKIES === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    publicUrl: env.PUBLIC_URL || undefined,
  };
}

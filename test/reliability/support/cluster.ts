// Production's shape on loopback: app processes on one PostgreSQL database of the test's own,
// behind a round-robin proxy, plus the suite's own connection to that database for fixtures and
// checks.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { hashPassword } from '../../../src/modules/accounts/password.ts';
import type { Role } from '../../../src/modules/accounts/roles.ts';
import { createSession, SESSION_COOKIE } from '../../../src/modules/accounts/sessions.ts';
import { users } from '../../../src/modules/accounts/tables.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { openPostgres } from '../../../src/server/db/open-postgres.ts';
import { startAppProcess, type AppProcess } from './app-process.ts';
import type { Session } from './http.ts';
import { adminQuery, databaseUrl } from './reliability-env.ts';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy.ts';

export const RELIABILITY_PASSWORD = 'reliability suite passphrase';

export interface SignedIn extends Session {
  userId: string;
  email: string;
}

export interface Cluster {
  /** The proxy: what clients call. */
  url: string;
  servers: AppProcess[];
  /** The suite's own connection to the cluster's database. */
  database: Database;
  databaseName: string;
  databaseUrl: string;
  /** A new account of that role with a session made in the database (no sign-in, no rate limit). */
  signIn(role: Role, links?: { producerId?: string; buyerOrganisationId?: string }): Promise<SignedIn>;
  /** Starts server `index` again (after kill9) on the same database; the proxy follows it. */
  restart(index: number): Promise<AppProcess>;
  stop(): Promise<void>;
}

/** A fresh database copied from the run's migrated template. */
export async function createClusterDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${inject('reliabilityPrefix')}${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject('reliabilityTemplate')}`);
  return { name, url: databaseUrl(name), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined) };
}

let accounts = 0;
// One argon2 hash for every account of the suite: a thousand accounts would cost minutes of hashing.
let passwordHash: Promise<string> | undefined;

export async function startCluster(options: { servers?: number; env?: Record<string, string> } = {}): Promise<Cluster> {
  const created = await createClusterDatabase();
  const database = await openPostgres(created.url, { max: 4 });
  const env = { DATABASE_URL: created.url, ...options.env };
  const servers = await Promise.all(Array.from({ length: options.servers ?? 2 }, () => startAppProcess({ env })));
  const proxy: RoundRobinProxy = await startRoundRobinProxy(servers.map((server) => server.url));

  return {
    url: proxy.url,
    servers,
    database,
    databaseName: created.name,
    databaseUrl: created.url,
    async signIn(role, links = {}) {
      const email = `${role}.${++accounts}.${randomBytes(3).toString('hex')}@reliability.example`;
      passwordHash ??= hashPassword(RELIABILITY_PASSWORD);
      const [user] = await database.db.insert(users).values({
        email, displayName: `Reliability ${role}`, role, passwordHash: await passwordHash,
        producerId: links.producerId ?? null, buyerOrganisationId: links.buyerOrganisationId ?? null,
      }).returning({ id: users.id });
      if (!user) throw new Error('insert returned no row');
      const session = await createSession(database.db, user.id, { ip: '127.0.0.1', userAgent: 'reliability suite' });
      return { userId: user.id, email, cookie: `${SESSION_COOKIE}=${session.token}`, csrfToken: session.csrfToken };
    },
    async restart(index) {
      const old = servers[index];
      if (!old) throw new Error(`no server ${index}`);
      if (!old.exited()) await old.kill9();
      const fresh = await startAppProcess({ env });
      servers[index] = fresh;
      proxy.backends[index] = fresh.url;
      return fresh;
    },
    async stop() {
      await proxy.close();
      await Promise.all(servers.map((server) => server.stop()));
      await database.close();
      await created.drop();
    },
  };
}

import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createUser } from '../../src/modules/accounts/create-user.ts';
import { ROLES, type Role } from '../../src/modules/accounts/roles.ts';
import { SYSTEM_ACTOR } from '../../src/modules/audit/actor.ts';
import { buildApp } from '../../src/server/app.ts';
import { readConfig } from '../../src/server/config.ts';
import type { Database } from '../../src/server/db/database.ts';
import { openTestDatabase } from './test-database.ts';

/** Test-only password; the accounts exist only in a throwaway database. */
export const TEST_PASSWORD = 'correct horse battery staple';

export interface Credentials {
  userId: string;
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Signs in a user of that role (created on first use) and returns what its requests carry. */
  as(role: Role): Promise<Credentials>;
  /** inject() with the role's cookie and CSRF header, or anonymously with `null`. */
  request(role: Role | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({ database, config: { ...readConfig({}), databaseUrl: undefined }, webDistDir: null });
  const signedIn = new Map<Role, Credentials>();

  const as = async (role: Role): Promise<Credentials> => {
    const known = signedIn.get(role);
    if (known) return known;
    const email = `${role}@test.example`;
    const { user } = await createUser(database, SYSTEM_ACTOR, { email, displayName: `Test ${role}`, role, password: TEST_PASSWORD });
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: TEST_PASSWORD } });
    if (response.statusCode !== 200) throw new Error(`sign-in as ${role} failed: ${response.body}`);
    const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const credentials = { userId: user.id, cookie, csrfToken: (response.json() as { csrfToken: string }).csrfToken };
    signedIn.set(role, credentials);
    return credentials;
  };

  return {
    app,
    database,
    as,
    async request(role, options) {
      if (!role) return app.inject(options);
      const credentials = await as(role);
      return app.inject({
        ...options,
        headers: { cookie: credentials.cookie, 'x-csrf-token': credentials.csrfToken, ...options.headers },
      });
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export { ROLES };

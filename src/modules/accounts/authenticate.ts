import type { FastifyInstance } from 'fastify';
import { findSession, SESSION_COOKIE } from './sessions.ts';

/** Loads the signed-in user from the session cookie, before access control looks at the route. */
export function registerAuthentication(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionCsrfToken', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api')) return;
    const session = await findSession(app.database.db, token);
    if (!session) return;
    request.user = session.user;
    request.sessionCsrfToken = session.csrfToken;
  });
}

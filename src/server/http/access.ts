import type { FastifyInstance, FastifySchema } from 'fastify';
import type { Role } from '../../modules/accounts/roles.ts';
import { forbidden, unauthorized } from './app-error.ts';

/**
 * Who may call a route: anyone, any signed-in user, or the listed roles. Every /api route must
 * say it; the server refuses to start otherwise, so no route is open by omission.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

export interface SignedInUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  producerId: string | null;
  buyerOrganisationId: string | null;
  preferredLanguage: 'vi' | 'en';
  mustChangePassword: boolean;
}

/** An /api route as registered, for the tests that walk every route. */
export interface ApiRoute {
  method: string;
  url: string;
  access: Access;
  schema: FastifySchema | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
  }
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: SignedInUser | null;
    /** The CSRF token of the cookie session, when the request came with one. */
    sessionCsrfToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isAllowed(access: Access, user: SignedInUser | null): 'yes' | 'sign-in' | 'forbidden' {
  if (access === 'public') return 'yes';
  if (!user) return 'sign-in';
  if (access === 'signed-in' || access.includes(user.role)) return 'yes';
  return 'forbidden';
}

export function registerAccessControl(app: FastifyInstance): void {
  app.decorate('apiRoutes', [] as ApiRoute[]);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const config = (route.config ?? {}) as { access?: Access };
    let access = config.access;
    // The generated API description and its viewer are public documents.
    if (!access && (route.url.startsWith('/api/docs') || route.url === '/api/openapi.json')) {
      access = 'public';
      route.config = { ...config, access };
    }
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} does not declare who may call it (config.access)`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access, schema: route.schema });
    }
  });

  // Runs after the session hook: the user is known, nothing has been parsed or validated yet.
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return; // not an API route: static files and the web app
    const verdict = isAllowed(access, request.user);
    if (verdict === 'sign-in') throw unauthorized();
    if (verdict === 'forbidden') throw forbidden();
    // Cookies ride along on cross-site requests; a token only our own pages can read proves origin.
    if (access !== 'public' && !SAFE_METHODS.has(request.method) && request.sessionCsrfToken) {
      if (request.headers['x-csrf-token'] !== request.sessionCsrfToken) {
        throw forbidden({ vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang', en: 'Missing or invalid CSRF token; reload the page' });
      }
    }
  });
}

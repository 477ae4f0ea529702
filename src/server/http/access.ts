import type { FastifyInstance, FastifySchema } from 'fastify';
import type { Role } from '../../modules/accounts/roles.ts';
import { AppError, forbidden, unauthorized } from './app-error.ts';

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

/** What a session opened with a one-time password may do: learn who it is, change it, or leave. */
export const PASSWORD_CHANGE_ROUTES: ReadonlySet<string> = new Set([
  'GET /api/auth/me',
  'POST /api/auth/change-password',
  'POST /api/auth/sign-out',
]);

/** The machine code the web app turns into a redirect to the password change page. */
export const PASSWORD_CHANGE_REQUIRED = 'password_change_required';

export const passwordChangeRequired = () =>
  new AppError(403, PASSWORD_CHANGE_REQUIRED, {
    vi: 'Vui lòng đổi mật khẩu tạm thời trước khi tiếp tục',
    en: 'Change your one-time password before going on',
  });

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
    // A one-time password proves only that its holder received it: until it is changed the
    // session does nothing else, and public routes treat it as anonymous.
    if (request.user?.mustChangePassword && !PASSWORD_CHANGE_ROUTES.has(`${request.method} ${request.routeOptions.url}`)) {
      if (access !== 'public') throw passwordChangeRequired();
      request.user = null;
    }
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

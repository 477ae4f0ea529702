import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/modules/accounts/roles.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { sampleFor, sampleUrl } from '../support/sample-input.ts';

/**
 * The access policy, written out route by route. Every registered /api route must appear here,
 * so a new route cannot ship without someone deciding who may call it.
 */
const POLICY: Record<string, 'public' | 'signed-in' | readonly Role[]> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/sign-out': 'signed-in',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/change-password': 'signed-in',
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/:id': ['admin'],
  'GET /api/audit': ['admin'],
  'GET /api/products': 'public',
  'GET /api/products/:id': 'public',
  'POST /api/products': ['admin', 'organizer', 'producer'],
  'PATCH /api/products/:id': ['admin', 'organizer', 'producer'],
  'POST /api/products/:id/certificates': ['admin', 'organizer'],
  'GET /api/producers': 'public',
  'GET /api/producers/:id': 'public',
  'POST /api/producers': ['admin', 'organizer'],
  'PATCH /api/producers/:id': ['admin', 'organizer', 'producer'],
  'GET /api/certificates/expiring': ['admin', 'organizer'],
  'POST /api/certificates/:id/revoke': ['admin', 'organizer'],
  'GET /api/craft-villages': 'public',
  'POST /api/craft-villages': ['admin', 'organizer'],
  'PATCH /api/craft-villages/:id': ['admin', 'organizer'],
  'GET /api/verify/:code': 'public',
  'GET /api/verify/:code/qr': 'public',
  'POST /api/catalogue/import': ['admin', 'organizer'],
  'GET /api/catalogue/export': ['admin', 'organizer'],
  'GET /api/catalogue/import/template': 'public',
  'GET /api/fairs': 'public',
  'POST /api/fairs': ['admin', 'organizer'],
  'GET /api/fairs/:fair': 'public',
  'PATCH /api/fairs/:fair': ['admin', 'organizer'],
  'GET /api/fairs/:fair/floor-plan': 'public',
  'PUT /api/fairs/:fair/floor-plan': ['admin', 'organizer'],
  'GET /api/fairs/:fair/floor-plan/export': ['admin', 'organizer'],
  'GET /api/fairs/:fair/stalls/:stall/qr': 'public',
  'POST /api/fairs/:fair/floor-plan/generate': ['admin', 'organizer'],
  'PATCH /api/fairs/:fair/stalls/:stall': ['admin', 'organizer'],
  'GET /api/fairs/:fair/stalls/:stall': 'public',
  'POST /api/fairs/:fair/applications': ['admin', 'organizer', 'producer'],
  'GET /api/fairs/:fair/applications': ['admin', 'organizer', 'producer'],
  'POST /api/fairs/:fair/applications/decisions': ['admin', 'organizer'],
  'POST /api/fairs/:fair/applications/:application/withdraw': ['admin', 'organizer', 'producer'],
  'POST /api/fairs/:fair/allocation': ['admin', 'organizer'],
  'POST /api/fairs/:fair/stalls/:stall/hold': ['admin', 'organizer', 'producer'],
  'POST /api/fairs/:fair/assignments/:assignment/confirm': ['admin', 'organizer', 'producer'],
  'DELETE /api/fairs/:fair/assignments/:assignment': ['admin', 'organizer'],
  'POST /api/fairs/:fair/assignments/lock': ['admin', 'organizer'],
  'GET /api/fairs/:fair/programme': 'public',
  'POST /api/fairs/:fair/programme': ['admin', 'organizer'],
  'DELETE /api/fairs/:fair/programme/:item': ['admin', 'organizer'],
  'PUT /api/fairs/:fair/reports': ['admin', 'organizer', 'producer'],
  'PUT /api/fairs/:fair/visitors': ['admin', 'organizer'],
  'GET /api/fairs/:fair/dashboard': ['admin', 'organizer'],
  'GET /api/fairs/:fair/dashboard/export': ['admin', 'organizer'],
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) await t.as(role);
});
afterAll(() => t.close());

const routes = () => t.app.apiRoutes.filter((route) => !route.url.startsWith('/api/docs'));

describe('role × route matrix', () => {
  it('has a written policy for every registered route, and it matches the route', () => {
    for (const route of routes()) {
      const key = `${route.method} ${route.url}`;
      expect(POLICY, `no policy written for ${key}`).toHaveProperty([key]);
      expect(route.access, key).toEqual(POLICY[key]);
    }
  });

  it('answers 401 to anonymous callers and 403 to roles without access, on every route', async () => {
    const failures: string[] = [];
    for (const route of routes()) {
      const policy = POLICY[`${route.method} ${route.url}`];
      if (!policy || policy === 'public') continue;
      const schema = (route.schema ?? {}) as { params?: unknown; body?: unknown };
      const options = {
        method: route.method as 'GET',
        url: sampleUrl(route.url, schema.params),
        ...(schema.body ? { payload: sampleFor(schema.body) as object } : {}),
      };
      const anonymous = await t.request(null, options);
      if (anonymous.statusCode !== 401) failures.push(`anonymous ${options.method} ${route.url} → ${anonymous.statusCode}`);
      for (const role of ROLES) {
        // sign-out would end the session the rest of the matrix uses
        if (route.url === '/api/auth/sign-out') continue;
        const allowed = policy === 'signed-in' || policy.includes(role);
        const response = await t.request(role, options);
        const refused = response.statusCode === 401 || response.statusCode === 403;
        if (allowed === refused) failures.push(`${role} ${options.method} ${route.url} → ${response.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/modules/accounts/roles.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { sampleFor, sampleUrl } from '../support/sample-input.ts';
import { collectPolicy } from './access-policy/policy.ts';

/**
 * The access policy, written out route by route, one file per module in ./access-policy/. Every
 * registered /api route must appear there, so a new route cannot ship without someone deciding
 * who may call it.
 */
const POLICY = collectPolicy();

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

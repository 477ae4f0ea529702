import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('reports ok and which database engine answered', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/api/health' });
  expect(response.statusCode).toBe(200);
  expect(response.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
});

it('serves an OpenAPI 3 description generated from the route schemas, and a browsable view', async () => {
  const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  expect(spec.openapi).toMatch(/^3\./);
  expect(spec.paths['/api/auth/sign-in'].post.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
  const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
  expect(docs.statusCode).toBe(200);
  expect(docs.body).toContain('swagger');
});

it('answers unknown API routes with the common error shape', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
  expect(response.statusCode).toBe(404);
  expect(response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
});

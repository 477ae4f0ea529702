import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/modules/accounts/roles.ts';
import type { ApiRoute } from '../../src/server/http/access.ts';
import { databaseFingerprint } from '../support/database-fingerprint.ts';
import { sampleFor, sampleUrl } from '../support/sample-input.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const HOSTILE_STRINGS = [
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../etc/passwd',
  'nul\u0000byte',
];
const OVERSIZED = 'ạ'.repeat(100_000);

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  maxLength?: number;
}

/** Fields whose value is constrained (ids, emails, dates, enums): a hostile string there is invalid. */
const isConstrained = (s: Schema | undefined) => Boolean(s && (s.format || s.enum));

function wrongTypeFor(s: Schema | undefined): unknown {
  switch (s?.type) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'yes';
    case 'array':
      return { not: 'an array' };
    default:
      return ['unexpected'];
  }
}

function* bodyCases(schema: Schema): Generator<[string, InjectOptions['payload'], Record<string, string>?]> {
  yield ['a string body', '"just text"'];
  yield ['an array body', '[]'];
  yield ['a number body', '42'];
  yield ['null', 'null'];
  yield ['broken JSON', '{"unterminated": '];
  yield ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])];
  yield ['form-encoded instead of JSON', 'a=1&b=2', { 'content-type': 'application/x-www-form-urlencoded' }];
  const valid = sampleFor(schema) as Record<string, unknown>;
  yield ['an unknown field', JSON.stringify({ ...valid, unexpectedField: 1 })];
  for (const field of schema.required ?? []) {
    const { [field]: _dropped, ...rest } = valid;
    yield [`missing ${field}`, JSON.stringify(rest)];
  }
  for (const [field, property] of Object.entries(schema.properties ?? {})) {
    yield [`${field} of the wrong type`, JSON.stringify({ ...valid, [field]: wrongTypeFor(property) })];
    if (property.type === 'string' || property.maxLength) yield [`${field} oversized`, JSON.stringify({ ...valid, [field]: OVERSIZED })];
    if (isConstrained(property)) {
      for (const hostile of HOSTILE_STRINGS) yield [`${field} = ${JSON.stringify(hostile)}`, JSON.stringify({ ...valid, [field]: hostile })];
    }
  }
}

function* urlCases(route: ApiRoute): Generator<[string, string]> {
  const schema = (route.schema ?? {}) as { params?: Schema; querystring?: Schema };
  for (const name of Object.keys(schema.params?.properties ?? {})) {
    for (const hostile of [...HOSTILE_STRINGS, 'x'.repeat(300), '%FF%FE']) {
      const url = route.url.replace(`:${name}`, hostile === '%FF%FE' ? hostile : encodeURIComponent(hostile));
      yield [`param ${name} = ${JSON.stringify(hostile.slice(0, 40))}`, sampleUrl(url, schema.params)];
    }
  }
  const base = sampleUrl(route.url, schema.params);
  for (const [field, property] of Object.entries(schema.querystring?.properties ?? {})) {
    const values = [...(isConstrained(property) ? HOSTILE_STRINGS : []), OVERSIZED.slice(0, 5000)];
    if (property.type === 'integer' || property.type === 'number') values.push('NaN', '-1e999', '1.5');
    for (const value of values) yield [`query ${field} = ${JSON.stringify(value.slice(0, 40))}`, `${base}?${field}=${encodeURIComponent(value)}`];
  }
  yield ['a query string with bad percent-encoding', `${base}?q=%E0%A4%A`];
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('answers malformed input on every route with a 4xx in the error shape, and changes nothing', async () => {
  const caller = (route: ApiRoute): Role | null =>
    route.access === 'public' ? null : route.access === 'signed-in' ? 'admin' : (route.access[0] ?? 'admin');
  const routes = t.app.apiRoutes.filter((route) => !route.url.startsWith('/api/docs') && route.url !== '/api/auth/sign-out');
  for (const route of routes) if (caller(route)) await t.as(caller(route) as Role);
  const before = await databaseFingerprint(t.database);
  const failures: string[] = [];
  let cases = 0;

  for (const route of routes) {
    const schema = (route.schema ?? {}) as { body?: Schema; params?: Schema };
    const role = caller(route);
    const send = async (label: string, options: InjectOptions) => {
      cases++;
      const response = await t.request(role, options);
      const shaped = (() => {
        try {
          const body = response.json();
          return typeof body.error?.code === 'string' && typeof body.error?.message === 'string';
        } catch {
          return false;
        }
      })();
      if (response.statusCode < 400 || response.statusCode >= 500 || !shaped) {
        failures.push(`${route.method} ${route.url} with ${label} → ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
    };
    const url = sampleUrl(route.url, schema.params);
    if (schema.body) {
      for (const [label, payload, headers] of bodyCases(schema.body)) {
        await send(label, {
          method: route.method as 'POST',
          url,
          payload,
          headers: { 'content-type': 'application/json', ...headers },
        });
      }
    }
    for (const [label, caseUrl] of urlCases(route)) {
      await send(label, {
        method: route.method as 'POST',
        url: caseUrl,
        ...(schema.body ? { payload: JSON.stringify(sampleFor(schema.body)), headers: { 'content-type': 'application/json' } } : {}),
      });
    }
  }
  // Valid-looking requests (e.g. PATCH of an unknown id) may legitimately 404; what matters is
  // that none of the cases above changed anything.
  expect(failures).toEqual([]);
  expect(cases).toBeGreaterThan(50);
  expect(await databaseFingerprint(t.database)).toEqual(before);
  // Thousands of requests over every route: the time grows with the API (and a busy machine), not with a defect.
}, 300_000);

it('stores hostile text in free-text fields as plain text, executing nothing', async () => {
  const hostile = "Robert'); DROP TABLE users; -- <script>alert(1)</script>";
  const created = await t.request('admin', {
    method: 'POST',
    url: '/api/users',
    payload: { email: 'bobby@test.example', displayName: hostile, role: 'buyer' },
  });
  expect(created.statusCode).toBe(201);
  const listed = await t.request('admin', { method: 'GET', url: '/api/users?q=bobby' });
  expect(listed.json().items[0].displayName).toBe(hostile);
});

// A lost database connection: a read is run once more, anything else answers 503 with Retry-After.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isConnectionLost, registerReadRetry } from './connection-loss.ts';
import { registerErrorHandler } from './error-handler.ts';

// What pg raises on a connection pg_terminate_backend ended, wrapped as Drizzle wraps it.
const terminated = () => Object.assign(new Error('Failed query: select 1'), {
  cause: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
});

let app: FastifyInstance;
const attempts = { read: 0, twice: 0, write: 0 };
beforeAll(async () => {
  app = Fastify();
  registerErrorHandler(app);
  registerReadRetry(app);
  app.get('/read', async () => {
    if (attempts.read++ === 0) throw terminated();
    return { ok: true };
  });
  app.get('/always-lost', async () => {
    attempts.twice++;
    throw new Error('Connection terminated unexpectedly');
  });
  app.post('/write', async () => {
    attempts.write++;
    throw terminated();
  });
  await app.ready();
});
afterAll(() => app.close());

it('runs a read again once when its connection was lost', async () => {
  const response = await app.inject({ method: 'GET', url: '/read' });
  expect(response.statusCode).toBe(200);
  expect(attempts.read).toBe(2);
});

it('answers 503 with Retry-After when the read fails again, and for a write at once', async () => {
  const read = await app.inject({ method: 'GET', url: '/always-lost' });
  expect(read.statusCode).toBe(503);
  expect(attempts.twice).toBe(2);
  const write = await app.inject({ method: 'POST', url: '/write', headers: { 'accept-language': 'en' } });
  expect(write.statusCode).toBe(503);
  expect(attempts.write).toBe(1);
  expect(write.headers['retry-after']).toBe('2');
  expect(write.json().error).toMatchObject({ code: 'database_unavailable', message: 'The database connection was lost; try again in a moment' });
});

it('tells a lost connection from a refusal of the data', () => {
  expect(isConnectionLost(terminated())).toBe(true);
  expect(isConnectionLost(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
  expect(isConnectionLost(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
  expect(isConnectionLost(new Error('Maximum call stack size exceeded'))).toBe(false);
});

// What a password proves: a one-time password allows only its own change, and a changed password
// ends every other session opened with the old one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/support/test-app.ts';
import { SYSTEM_ACTOR } from '../audit/actor.ts';
import { createUser } from './create-user.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function signIn(email: string, password: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  expect(response.statusCode).toBe(200);
  return { cookie: response.cookies.map((c) => `${c.name}=${c.value}`).join('; '), csrfToken: response.json().csrfToken };
}

const call = (session: { cookie: string; csrfToken: string }, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken } });

describe('a password change', () => {
  it('ends the user’s other sessions and keeps the one that changed it', async () => {
    await createUser(t.database, SYSTEM_ACTOR, { email: 'two.devices@test.example', displayName: 'Hai thiết bị', role: 'organizer', password: TEST_PASSWORD });
    const laptop = await signIn('two.devices@test.example', TEST_PASSWORD);
    const phone = await signIn('two.devices@test.example', TEST_PASSWORD);
    const changed = await call(laptop, 'POST', '/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'a new passphrase for both' });
    expect(changed.statusCode).toBe(204);
    expect((await call(phone, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await call(laptop, 'GET', '/api/auth/me')).statusCode).toBe(200);
  });
});

describe('a session opened with a one-time password', () => {
  it('may do nothing but learn who it is, change the password or sign out', async () => {
    const { oneTimePassword } = await createUser(t.database, SYSTEM_ACTOR, { email: 'invited.admin@test.example', displayName: 'Được mời', role: 'admin' });
    const invited = await signIn('invited.admin@test.example', oneTimePassword as string);

    const me = await call(invited, 'GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.mustChangePassword).toBe(true);
    for (const [method, url, payload] of [
      ['GET', '/api/users', undefined],
      ['GET', '/api/audit', undefined],
      ['POST', '/api/users', { email: 'made.by.invitee@test.example', displayName: 'X', role: 'admin' }],
    ] as const) {
      const refused = await call(invited, method, url, payload);
      expect(refused.statusCode, `${method} ${url}`).toBe(403);
      expect(refused.json().error.code).toBe('password_change_required');
    }
    // Public routes answer it as they answer anyone.
    expect((await call(invited, 'GET', '/api/producers')).statusCode).toBe(200);

    const changed = await call(invited, 'POST', '/api/auth/change-password', { currentPassword: oneTimePassword, newPassword: 'my own passphrase now' });
    expect(changed.statusCode).toBe(204);
    expect((await call(invited, 'GET', '/api/users')).statusCode).toBe(200);
  });
});

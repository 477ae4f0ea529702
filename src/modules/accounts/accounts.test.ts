import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAttempts } from './tables.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, headers });

describe('sign-in', () => {
  it('opens a session in an http-only SameSite cookie and tells who is signed in', async () => {
    await t.as('organizer');
    const response = await signIn('Organizer@Test.Example', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'ocop_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `ocop_session=${cookie?.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email: 'organizer@test.example', role: 'organizer' } });
    expect(me.json().csrfToken).toEqual(response.json().csrfToken);
  });

  it('refuses a wrong password with the same answer as an unknown email', async () => {
    const wrong = await signIn('organizer@test.example', 'not the password');
    const unknown = await signIn('nobody@test.example', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('invalid_credentials');
  });

  it('answers in English when the client asks for it, in Vietnamese by default', async () => {
    const vi = await signIn('nobody@test.example', 'x');
    const en = await signIn('nobody@test.example', 'x', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(vi.json().error.message).toBe('Email hoặc mật khẩu không đúng');
    expect(en.json().error.message).toBe('Wrong email or password');
  });

  it('locks an email out with 429 after five failures, even with the right password', async () => {
    await t.as('buyer');
    for (let i = 0; i < 5; i++) expect((await signIn('buyer@test.example', `wrong ${i}`)).statusCode).toBe(401);
    const locked = await signIn('buyer@test.example', TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_attempts');
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(locked.json().error.details.retryAfterSeconds).toBe(retryAfter);
  });

  it('lets only five of fifty concurrent wrong sign-ins for one email reach the password check', async () => {
    await t.as('admin');
    const burst = await Promise.all(Array.from({ length: 50 }, (_, i) =>
      t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'admin@test.example', password: `guess ${i}` }, remoteAddress: '192.0.2.10' })));
    const statuses = burst.map((response) => response.statusCode).sort();
    expect({ 401: statuses.filter((s) => s === 401).length, 429: statuses.filter((s) => s === 429).length }).toEqual({ 401: 5, 429: 45 });
  });

  it('counts requests in flight against the thirty failures an IP may have, whatever the emails', async () => {
    // 28 failures already recorded: of a burst of eight, two may still try a password.
    await t.database.db.insert(signInAttempts).values(Array.from({ length: 28 }, (_, i) => ({ email: `earlier.${i}@test.example`, ip: '192.0.2.20', succeeded: false })));
    const burst = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: `someone.${i}@test.example`, password: 'guess' }, remoteAddress: '192.0.2.20' })));
    const statuses = burst.map((response) => response.statusCode);
    expect({ 401: statuses.filter((s) => s === 401).length, 429: statuses.filter((s) => s === 429).length }).toEqual({ 401: 2, 429: 6 });
  });

  it('ends the session at sign-out', async () => {
    const { cookie, csrfToken } = await t.as('surveyor');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated mutation without the token', async () => {
    const { cookie } = await t.as('admin');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: { email: 'csrf@test.example', displayName: 'X', role: 'buyer' },
    });
    expect(response.statusCode).toBe(403);
    const wrongToken = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie, 'x-csrf-token': 'forged' },
      payload: { email: 'csrf@test.example', displayName: 'X', role: 'buyer' },
    });
    expect(wrongToken.statusCode).toBe(403);
  });
});

describe('user administration', () => {
  it('invites a user with a one-time password that must be changed, and records it in the audit log', async () => {
    const created = await t.request('admin', {
      method: 'POST',
      url: '/api/users',
      payload: { email: 'new.producer@test.example', displayName: 'Hộ kinh doanh Minh Anh', role: 'producer' },
    });
    expect(created.statusCode).toBe(201);
    const { user, oneTimePassword } = created.json();
    expect(oneTimePassword).toMatch(/^\S{16}$/);
    expect(user.mustChangePassword).toBe(true);

    const signedIn = await signIn('new.producer@test.example', oneTimePassword);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user.mustChangePassword).toBe(true);

    const audit = await t.request('admin', { method: 'GET', url: `/api/audit?entity=user&entityId=${user.id}` });
    const actions = audit.json().items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'session.sign-in']));
    const creation = audit.json().items.find((entry: { action: string }) => entry.action === 'user.create');
    expect(creation.actorEmail).toBe('admin@test.example');
    expect(JSON.stringify(creation.changes)).not.toContain(oneTimePassword);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const payload = { email: 'twice@test.example', displayName: 'A', role: 'buyer' };
    expect((await t.request('admin', { method: 'POST', url: '/api/users', payload })).statusCode).toBe(201);
    const again = await t.request('admin', { method: 'POST', url: '/api/users', payload: { ...payload, email: 'TWICE@test.example' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
  });

  it('changes a role, which signs the user out everywhere', async () => {
    const buyer = await t.as('buyer');
    const changed = await t.request('admin', { method: 'PATCH', url: `/api/users/${buyer.userId}`, payload: { role: 'surveyor' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().role).toBe('surveyor');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: buyer.cookie } });
    expect(me.statusCode).toBe(401);
    const audit = await t.request('admin', { method: 'GET', url: `/api/audit?action=user.update&entityId=${buyer.userId}` });
    expect(audit.json().items[0].changes).toEqual({ role: { from: 'buyer', to: 'surveyor' } });
  });

  it('keeps an admin from locking themselves out', async () => {
    const admin = await t.as('admin');
    const response = await t.request('admin', { method: 'PATCH', url: `/api/users/${admin.userId}`, payload: { active: false } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('cannot_change_own_access');
  });

  it('links a producer id only to producer accounts', async () => {
    const response = await t.request('admin', {
      method: 'POST',
      url: '/api/users',
      payload: { email: 'x@test.example', displayName: 'X', role: 'buyer', producerId: '0b7d4b2e-7a4c-4d3b-9a59-1c2d3e4f5a6b' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('producer_link_not_allowed');
  });

  it('lets a user change their own password', async () => {
    await t.as('producer');
    const response = await t.request('producer', {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a much better passphrase' },
    });
    expect(response.statusCode).toBe(204);
    expect((await signIn('producer@test.example', 'a much better passphrase')).statusCode).toBe(200);
  });
});

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../server/http/actor-of.ts';
import { unauthorized } from '../../server/http/app-error.ts';
import { ErrorResponse } from '../../server/http/error-response.ts';
import { IdParams } from '../../shared/schema-types.ts';
import { ADMIN } from './roles.ts';
import { changePassword } from './change-password.ts';
import {
  ChangePasswordBody,
  CreatedUser,
  CreateUserBody,
  ListUsersQuery,
  SessionResponse,
  SignInBody,
  UpdateUserBody,
  UserList,
  UserSummary,
} from './contract.ts';
import { createUser } from './create-user.ts';
import { listUsers } from './list-users.ts';
import { deleteSession, findSession, SESSION_COOKIE, SESSION_LIFETIME_MS } from './sessions.ts';
import { signIn } from './sign-in.ts';
import { updateUser } from './update-user.ts';
import { recordAudit } from '../audit/record-audit.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export const accountsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;

  app.post('/api/auth/sign-in', {
    config: { access: 'public' },
    schema: {
      tags: ['accounts'],
      summary: 'Sign in with email and password; sets the http-only session cookie',
      body: SignInBody,
      response: { 200: SessionResponse, 429: ErrorResponse, ...errors },
    },
  }, async (request, reply) => {
    const result = await signIn(database, request.body, {
      onLockedOut: (seconds) => reply.header('retry-after', String(seconds)),
      ip: request.ip,
      userAgent: request.headers['user-agent'],
      requestId: request.id,
    });
    reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: app.config.secureCookies,
      path: '/',
      maxAge: SESSION_LIFETIME_MS / 1000,
    });
    const session = await findSession(database.db, result.token);
    if (!session) throw unauthorized();
    return session;
  });

  app.post('/api/auth/sign-out', {
    config: { access: 'signed-in' },
    schema: { tags: ['accounts'], summary: 'End the current session', response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    await database.db.transaction(async (tx) => {
      if (token) await deleteSession(tx, token);
      await recordAudit(tx, actorOf(request), { action: 'session.sign-out', entity: 'user', entityId: request.user?.id });
    });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/api/auth/me', {
    config: { access: 'signed-in' },
    schema: { tags: ['accounts'], summary: 'The signed-in user and the CSRF token for mutations', response: { 200: SessionResponse, ...errors } },
  }, async (request) => {
    if (!request.user || !request.sessionCsrfToken) throw unauthorized();
    return { user: request.user, csrfToken: request.sessionCsrfToken };
  });

  app.post('/api/auth/change-password', {
    config: { access: 'signed-in' },
    schema: { tags: ['accounts'], body: ChangePasswordBody, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    await changePassword(database, actorOf(request), request.body, request.cookies[SESSION_COOKIE]);
    return reply.status(204).send(null);
  });

  app.get('/api/users', {
    config: { access: ADMIN },
    schema: { tags: ['accounts'], summary: 'List accounts', querystring: ListUsersQuery, response: { 200: UserList, ...errors } },
  }, async (request) => listUsers(database, request.query));

  app.post('/api/users', {
    config: { access: ADMIN },
    schema: {
      tags: ['accounts'],
      summary: 'Create or invite an account (without a password, a one-time password is returned once)',
      body: CreateUserBody,
      response: { 201: CreatedUser, ...errors },
    },
  }, async (request, reply) => reply.status(201).send(await createUser(database, actorOf(request), request.body)));

  app.patch('/api/users/:id', {
    config: { access: ADMIN },
    schema: { tags: ['accounts'], summary: 'Change an account', params: IdParams, body: UpdateUserBody, response: { 200: UserSummary, ...errors } },
  }, async (request) => updateUser(database, actorOf(request), request.params.id, request.body));
};

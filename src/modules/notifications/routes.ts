import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { unauthorized } from '../../server/http/app-error.ts';
import { ErrorResponse } from '../../server/http/error-response.ts';
import { requestLanguage } from '../../server/http/request-language.ts';
import { MarkReadBody, NotificationList, NotificationListQuery } from './contract.ts';
import { listNotifications } from './list-notifications.ts';
import { markNotificationsRead } from './mark-read.ts';
import './email-guests.ts';
import './send-notification-emails.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };

export const notificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;

  app.get('/api/notifications', {
    config: { access: 'signed-in' },
    schema: { tags: ['notifications'], summary: 'My notifications, newest first, with the unread count', querystring: NotificationListQuery, response: { 200: NotificationList, ...errors } },
  }, async (request, reply) => {
    if (!request.user) throw unauthorized();
    reply.header('cache-control', 'private, no-store');
    return listNotifications(database.db, request.user, request.query, requestLanguage(request));
  });

  app.post('/api/notifications/read', {
    config: { access: 'signed-in' },
    schema: { tags: ['notifications'], summary: 'Mark my notifications read: the listed ones, or all', body: MarkReadBody, response: { 200: Type.Object({ changed: Type.Integer() }), ...errors } },
  }, async (request) => {
    if (!request.user) throw unauthorized();
    return { changed: await markNotificationsRead(database.db, request.user, request.body.ids) };
  });
};

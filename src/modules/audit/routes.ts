import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse } from '../../server/http/error-response.ts';
import { ADMIN } from '../accounts/roles.ts';
import { AuditList, ListAuditQuery } from './contract.ts';
import { listAudit } from './list-audit.ts';

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/audit', {
    config: { access: ADMIN },
    schema: {
      tags: ['audit'],
      summary: 'The audit log, newest first, filtered by entity, action, actor and time',
      querystring: ListAuditQuery,
      response: { 200: AuditList, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
    },
  }, async (request) => listAudit(app.database, request.query));
};

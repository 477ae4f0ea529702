import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { IdParams } from '../../../shared/schema-types.ts';
import { clock } from '../../../shared/time/clock.ts';
import { STAFF } from '../../accounts/roles.ts';
import { ExpiringList, ExpiringQuery, RevokeInput } from '../contract.ts';
import { listExpiringCertificates } from './list-expiring-certificates.ts';
import { revokeCertificate } from './revoke-certificate.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export const certificateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;

  app.get('/api/certificates/expiring', {
    config: { access: STAFF },
    schema: { tags: ['catalogue'], summary: 'Current certificates expiring soon (for re-rating)', querystring: ExpiringQuery, response: { 200: ExpiringList, ...errors } },
  }, async (request) => listExpiringCertificates(database.db, request.query, clock.today()));

  app.post('/api/certificates/:id/revoke', {
    config: { access: STAFF },
    schema: { tags: ['catalogue'], summary: 'Revoke a certificate from today, with a reason', params: IdParams, body: RevokeInput, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    await revokeCertificate(database, actorOf(request), request.params.id, request.body, clock.today());
    return reply.status(204).send(null);
  });
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { unauthorized } from '../../../server/http/app-error.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { IdParams } from '../../../shared/schema-types.ts';
import { clock } from '../../../shared/time/clock.ts';
import { STAFF } from '../../accounts/roles.ts';
import { ProducerDetail, ProducerInput, ProducerList, ProducerListQuery, ProducerUpdate } from '../contract.ts';
import { createProducer } from './create-producer.ts';
import { getProducer } from './get-producer.ts';
import { listProducers } from './list-producers.ts';
import { updateProducer } from './update-producer.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export const producerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;

  app.get('/api/producers', {
    config: { access: 'public' },
    schema: { tags: ['catalogue'], summary: 'Search and filter OCOP producers', querystring: ProducerListQuery, response: { 200: ProducerList, 400: ErrorResponse } },
  }, async (request) => listProducers(database.db, request.query, clock.today()));

  app.get('/api/producers/:id', {
    config: { access: 'public' },
    schema: { tags: ['catalogue'], summary: 'A producer with its products', params: IdParams, response: { 200: ProducerDetail, ...errors } },
  }, async (request) => getProducer(database.db, request.params.id, clock.today()));

  app.post('/api/producers', {
    config: { access: STAFF },
    schema: { tags: ['catalogue'], summary: 'Register a producer', body: ProducerInput, response: { 201: Type.Object({ id: Type.String() }), ...errors } },
  }, async (request, reply) => reply.status(201).send(await createProducer(database, actorOf(request), request.body)));

  app.patch('/api/producers/:id', {
    config: { access: [...STAFF, 'producer'] },
    schema: { tags: ['catalogue'], summary: "Change a producer (a producer account changes its own profile)", params: IdParams, body: ProducerUpdate, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    if (!request.user) throw unauthorized();
    await updateProducer(database, request.user, actorOf(request), request.params.id, request.body);
    return reply.status(204).send(null);
  });
};

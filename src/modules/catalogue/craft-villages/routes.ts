import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { IdParams } from '../../../shared/schema-types.ts';
import { STAFF } from '../../accounts/roles.ts';
import { CraftVillageInput, CraftVillageList, CraftVillageUpdate } from '../contract.ts';
import { listCraftVillages } from './list-craft-villages.ts';
import { createCraftVillage, updateCraftVillage } from './save-craft-village.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export const craftVillageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;

  app.get('/api/craft-villages', {
    config: { access: 'public' },
    schema: { tags: ['catalogue'], summary: 'Craft villages (làng nghề) with coordinates', response: { 200: CraftVillageList } },
  }, async () => ({ items: await listCraftVillages(database.db) }));

  app.post('/api/craft-villages', {
    config: { access: STAFF },
    schema: { tags: ['catalogue'], body: CraftVillageInput, response: { 201: Type.Object({ id: Type.String() }), ...errors } },
  }, async (request, reply) => reply.status(201).send(await createCraftVillage(database, actorOf(request), request.body)));

  app.patch('/api/craft-villages/:id', {
    config: { access: STAFF },
    schema: { tags: ['catalogue'], params: IdParams, body: CraftVillageUpdate, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    await updateCraftVillage(database, actorOf(request), request.params.id, request.body);
    return reply.status(204).send(null);
  });
};

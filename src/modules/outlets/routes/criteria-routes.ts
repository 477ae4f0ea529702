import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { IdParams } from '../../../shared/schema-types.ts';
import { STAFF } from '../../accounts/roles.ts';
import { CriteriaDraftInput, CriteriaDraftUpdate, CriteriaVersion, CriteriaVersionList, EvaluateInput, Evaluation } from '../contract.ts';
import { getCriteriaVersion, listCriteriaVersions } from '../criteria/criteria-versions.ts';
import { evaluateCriteria } from '../criteria/evaluate-criteria.ts';
import { createCriteriaDraft, deleteCriteriaDraft, publishCriteriaVersion, updateCriteriaDraft } from '../criteria/save-criteria-draft.ts';
import { errors, NoContent, SURVEYOR_OR_STAFF, tags } from './route-helpers.ts';

export const criteriaRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;

  app.get('/api/outlets/criteria', { config: { access: STAFF }, schema: { tags, summary: 'Every version of every set of criteria', response: { 200: CriteriaVersionList, ...errors } } },
    async () => ({ items: await listCriteriaVersions(db) }));

  app.get('/api/outlets/criteria/:id', { config: { access: SURVEYOR_OR_STAFF }, schema: { tags, summary: 'A version of the criteria with its items and sources', params: IdParams, response: { 200: CriteriaVersion, ...errors } } },
    async (request) => getCriteriaVersion(db, request.params.id));

  app.post('/api/outlets/criteria', { config: { access: STAFF }, schema: { tags, summary: 'Start the next version of a set as a draft (a copy of the latest, or the definition given)', body: CriteriaDraftInput, response: { 201: Type.Object({ id: Type.String(), version: Type.Integer() }), ...errors } } },
    async (request, reply) => reply.status(201).send(await createCriteriaDraft(database, actorOf(request), request.body.set, request.body.definition)));

  app.put('/api/outlets/criteria/:id', { config: { access: STAFF }, schema: { tags, summary: 'Change a draft (published versions never change)', params: IdParams, body: CriteriaDraftUpdate, response: NoContent } },
    async (request, reply) => {
      await updateCriteriaDraft(database, actorOf(request), request.params.id, request.body.definition);
      return reply.status(204).send(null);
    });

  app.post('/api/outlets/criteria/:id/publish', { config: { access: STAFF }, schema: { tags, summary: 'Publish a draft: new surveys use it from now on', params: IdParams, response: NoContent } },
    async (request, reply) => {
      await publishCriteriaVersion(database, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    });

  app.delete('/api/outlets/criteria/:id', { config: { access: STAFF }, schema: { tags, summary: 'Discard a draft', params: IdParams, response: NoContent } },
    async (request, reply) => {
      await deleteCriteriaDraft(database, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    });

  app.post('/api/outlets/criteria/:id/evaluate', { config: { access: SURVEYOR_OR_STAFF }, schema: { tags, summary: 'Judge answers against a version (knock-outs, section scores, total, suggested decision) without saving', params: IdParams, body: EvaluateInput, response: { 200: Evaluation, ...errors } } },
    async (request) => {
      const version = await getCriteriaVersion(db, request.params.id);
      return evaluateCriteria(version.definition, request.body.answers, { kind: request.body.kind });
    });
};

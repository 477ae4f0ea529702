import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { STAFF } from '../../accounts/roles.ts';
import { actorOf } from '../../../server/http/actor-of.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { FairKeyParams, PlanDraft, StallIdParams, StallUpdate } from '../contract.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { discardPlanDraft } from './discard-plan-draft.ts';
import { editPlanDraft } from './edit-plan-draft.ts';
import { undoPlanEdit } from './undo-plan-edit.ts';
import { getPlanDraft } from './get-plan-draft.ts';
import { publishPlanDraft } from './publish-plan-draft.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['fairs'];

/** The plan editor's draft: edits visitors do not see until an organizer publishes them. */
export const planDraftRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;

  app.get('/api/fairs/:fair/floor-plan/draft', { config: { access: STAFF }, schema: { tags, summary: 'The floor plan with its unpublished edits', params: FairKeyParams, response: { 200: PlanDraft, ...errors } } },
    async (request) => getPlanDraft(database.db, (await findFairRow(database.db, request.params.fair)).id));

  app.patch('/api/fairs/:fair/floor-plan/draft/stalls/:stall', { config: { access: STAFF }, schema: { tags, summary: 'Move or change one stall in the draft (refused if it would overlap or be cut off)', params: StallIdParams, body: StallUpdate, response: { 200: PlanDraft, ...errors } } },
    async (request) => editPlanDraft(database, actorOf(request), request.params.fair, request.params.stall, request.body));

  app.post('/api/fairs/:fair/floor-plan/draft/undo', { config: { access: STAFF }, schema: { tags, summary: "Take back the draft's last edit", params: FairKeyParams, response: { 200: PlanDraft, ...errors } } },
    async (request) => undoPlanEdit(database, actorOf(request), request.params.fair));

  app.post('/api/fairs/:fair/floor-plan/draft/publish', { config: { access: STAFF }, schema: { tags, summary: 'Put the draft on the public plan; exhibitors of changed stalls are told', params: FairKeyParams, response: { 200: Type.Object({ stalls: Type.Array(Type.String()) }), ...errors } } },
    async (request) => publishPlanDraft(database, actorOf(request), request.params.fair));

  app.delete('/api/fairs/:fair/floor-plan/draft', { config: { access: STAFF }, schema: { tags, summary: 'Drop every unpublished edit', params: FairKeyParams, response: { 204: Type.Null(), ...errors } } },
    async (request, reply) => {
      await discardPlanDraft(database, actorOf(request), request.params.fair);
      return reply.status(204).send(null);
    });
};

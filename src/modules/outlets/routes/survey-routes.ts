import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { STAFF } from '../../accounts/roles.ts';
import { PointKeyParams, SubmissionReceipt, Survey, SurveySubmissionInput, SurveyAssignInput, SurveyList, SurveyListQuery, SurveyParams, SurveyReviewInput } from '../contract.ts';
import { isStaff } from '../outlet-access.ts';
import { assignSurvey } from '../surveys/assign-survey.ts';
import { getSurvey } from '../surveys/get-survey.ts';
import { listSurveyors } from '../surveys/list-surveyors.ts';
import { listSurveys } from '../surveys/list-surveys.ts';
import { reviewSurvey } from '../surveys/review-survey.ts';
import { submitSurvey } from '../surveys/submit-survey.ts';
import { errors, SURVEYOR_OR_STAFF, tags, userOf } from './route-helpers.ts';

export const surveyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;

  app.post('/api/outlets/points/:point/surveys', { config: { access: STAFF }, schema: { tags, summary: 'Assign a survey of the point to a surveyor', params: PointKeyParams, body: SurveyAssignInput, response: { 201: Type.Object({ id: Type.String() }), ...errors } } },
    async (request, reply) => reply.status(201).send(await assignSurvey(database, actorOf(request), request.params.point, request.body)));

  app.get('/api/outlets/surveyors', { config: { access: STAFF }, schema: { tags, summary: 'Active surveyor accounts, to assign surveys to', response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), email: Type.String(), displayName: Type.String() })) }), ...errors } } },
    async () => listSurveyors(db));

  app.get('/api/outlets/surveys', { config: { access: SURVEYOR_OR_STAFF }, schema: { tags, summary: 'Surveys (a surveyor sees its own)', querystring: SurveyListQuery, response: { 200: SurveyList, ...errors } } },
    async (request) => {
      const user = userOf(request);
      return listSurveys(db, { ...request.query, ...(isStaff(user) ? {} : { surveyorId: user.id }) });
    });

  app.get('/api/outlets/surveys/:id', { config: { access: SURVEYOR_OR_STAFF }, schema: { tags, summary: 'A survey with its frozen criteria, answers, result and reviews', params: SurveyParams, response: { 200: Survey, ...errors } } },
    async (request) => getSurvey(db, userOf(request), request.params.id));

  app.post('/api/outlets/surveys/:id/submissions', { config: { access: ['surveyor'] }, schema: { tags, summary: 'Send the answers (a resend of the same submissionId changes nothing)', params: SurveyParams, body: SurveySubmissionInput, response: { 200: SubmissionReceipt, ...errors } } },
    async (request) => submitSurvey(database, userOf(request), actorOf(request), request.params.id, request.body));

  app.post('/api/outlets/surveys/:id/review', { config: { access: STAFF }, schema: { tags, summary: 'Review a submitted survey: has issues, approved or rejected, with a comment', params: SurveyParams, body: SurveyReviewInput, response: { 200: Type.Object({ status: Type.String() }), ...errors } } },
    async (request) => reviewSurvey(database, actorOf(request), request.params.id, request.body));
};

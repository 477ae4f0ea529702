import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { STAFF } from '../../accounts/roles.ts';
import { CourseParams, EnrolmentList, EnrolmentParams, EnrolmentResult, MyEnrolmentList, TraineeInput, TraineeRecord, TraineeRecordQuery } from '../contract.ts';
import { findCourse } from '../courses/find-course.ts';
import { cancelEnrolment } from '../enrolment/cancel-enrolment.ts';
import { enrolSelf, enrolTrainee } from '../enrolment/enrol-trainee.ts';
import { listEnrolments, listMyEnrolments } from '../enrolment/list-enrolments.ts';
import { listTraineeRecord } from '../enrolment/list-trainee-record.ts';
import { TRAINEE_ROLES } from '../training-access.ts';
import { errors, tags, userOf } from './route-helpers.ts';

export const enrolmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;

  app.post('/api/training/courses/:course/enrol', { config: { access: TRAINEE_ROLES }, schema: { tags, summary: 'Enrol myself: a seat if one is free, else the waiting list', params: CourseParams, response: { 201: EnrolmentResult, ...errors } } },
    async (request, reply) => reply.status(201).send(await enrolSelf(database, userOf(request), actorOf(request), request.params.course)));

  app.get('/api/training/my-enrolments', { config: { access: TRAINEE_ROLES }, schema: { tags, summary: 'My courses and my place on waiting lists', response: { 200: MyEnrolmentList, ...errors } } },
    async (request) => listMyEnrolments(db, userOf(request).id));

  app.get('/api/training/trainees', { config: { access: [...STAFF, ...TRAINEE_ROLES] }, schema: { tags, summary: "The courses and certificates of a producer's or a point's trainees (staff; a producer its own; an operator its points)", querystring: TraineeRecordQuery, response: { 200: TraineeRecord, ...errors } } },
    async (request) => listTraineeRecord(db, userOf(request), request.query));

  app.get('/api/training/courses/:course/enrolments', { config: { access: STAFF }, schema: { tags, summary: 'Trainees of a course: seated, waiting in order, cancelled', params: CourseParams, response: { 200: EnrolmentList, ...errors } } },
    async (request) => ({ items: await listEnrolments(db, (await findCourse(db, request.params.course, request.user)).id) }));

  app.post('/api/training/courses/:course/enrolments', { config: { access: STAFF }, schema: { tags, summary: 'Enrol a trainee (seat or waiting list)', params: CourseParams, body: TraineeInput, response: { 201: EnrolmentResult, ...errors } } },
    async (request, reply) => reply.status(201).send(await enrolTrainee(database, actorOf(request), request.params.course, request.body)));

  app.post('/api/training/courses/:course/enrolments/:enrolment/cancel', { config: { access: [...STAFF, ...TRAINEE_ROLES] }, schema: { tags, summary: 'Cancel an enrolment (my own, or any for staff); the freed seat goes to the waiting list', params: EnrolmentParams, response: { 200: Type.Object({ promoted: Type.Array(Type.String()) }), ...errors } } },
    async (request) => cancelEnrolment(database, userOf(request), actorOf(request), request.params.course, request.params.enrolment));
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { STAFF } from '../../accounts/roles.ts';
import { Course, CourseInput, CourseList, CourseListQuery, CourseParams, CourseUpdate, Created, CreatedId, SessionInput, SessionParams } from '../contract.ts';
import { getCourse } from '../courses/course-view.ts';
import { findCourse } from '../courses/find-course.ts';
import { listCourses } from '../courses/list-courses.ts';
import { createCourse, updateCourse } from '../courses/save-course.ts';
import { createSession, deleteSession, updateSession } from '../sessions/save-session.ts';
import { isStaff } from '../training-access.ts';
import { errors, NoContent, tags, userOf } from './route-helpers.ts';

export const courseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;

  app.get('/api/training/courses', { config: { access: 'public' }, schema: { tags, summary: 'Training courses, the soonest first (staff: ?all=true includes drafts)', querystring: CourseListQuery, response: { 200: CourseList, ...errors } } },
    async (request) => ({ items: await listCourses(db, { ...request.query, includeDrafts: request.query.all === true && isStaff(request.user) }) }));

  app.post('/api/training/courses', { config: { access: STAFF }, schema: { tags, summary: 'Create a course (as a draft)', body: CourseInput, response: { 201: Created, ...errors } } },
    async (request, reply) => reply.status(201).send(await createCourse(database, userOf(request), actorOf(request), request.body)));

  app.get('/api/training/courses/:course', { config: { access: 'public' }, schema: { tags, summary: 'A course by id or slug, with its sessions and materials', params: CourseParams, response: { 200: Course, ...errors } } },
    async (request) => getCourse(db, await findCourse(db, request.params.course, request.user)));

  app.patch('/api/training/courses/:course', { config: { access: STAFF }, schema: { tags, summary: 'Change a course or move it along draft → open → (full) → running → completed, or cancelled', params: CourseParams, body: CourseUpdate, response: NoContent } },
    async (request, reply) => {
      await updateCourse(database, userOf(request), actorOf(request), request.params.course, request.body);
      return reply.status(204).send(null);
    });

  app.post('/api/training/courses/:course/sessions', { config: { access: STAFF }, schema: { tags, summary: 'Add a session', params: CourseParams, body: SessionInput, response: { 201: CreatedId, ...errors } } },
    async (request, reply) => reply.status(201).send(await createSession(database, actorOf(request), request.params.course, request.body)));

  app.put('/api/training/courses/:course/sessions/:session', { config: { access: STAFF }, schema: { tags, summary: 'Change a session', params: SessionParams, body: SessionInput, response: NoContent } },
    async (request, reply) => {
      await updateSession(database, actorOf(request), request.params.course, request.params.session, request.body);
      return reply.status(204).send(null);
    });

  app.delete('/api/training/courses/:course/sessions/:session', { config: { access: STAFF }, schema: { tags, summary: 'Remove a session (before the course runs)', params: SessionParams, response: NoContent } },
    async (request, reply) => {
      await deleteSession(database, actorOf(request), request.params.course, request.params.session);
      return reply.status(204).send(null);
    });
};

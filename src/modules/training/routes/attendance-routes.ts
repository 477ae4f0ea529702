import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { requestLanguage } from '../../../server/http/request-language.ts';
import { sendSpreadsheet } from '../../../server/spreadsheet/http.ts';
import { STAFF } from '../../accounts/roles.ts';
import { attendanceWorkbook } from '../attendance/attendance-workbook.ts';
import { checkIn } from '../attendance/check-in.ts';
import { currentCheckInCode } from '../attendance/check-in-code.ts';
import { findSession } from '../attendance/find-session.ts';
import { sessionAttendance } from '../attendance/list-attendance.ts';
import { recordAttendance } from '../attendance/record-attendance.ts';
import { completionSheet } from '../certificates/course-completion.ts';
import { AttendanceInput, CheckInCode, CheckInInput, CheckInResult, CourseParams, SessionAttendance, SessionParams } from '../contract.ts';
import { findCourse } from '../courses/find-course.ts';
import { Binary, errors, NoContent, tags, userOf } from './route-helpers.ts';

export const attendanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;
  const base = () => app.config.publicUrl;

  app.get('/api/training/courses/:course/sessions/:session/check-in-code', { config: { access: STAFF }, schema: { tags, summary: "The room's rotating check-in code (changes every minute; the current and the previous are accepted) and its QR", params: SessionParams, response: { 200: CheckInCode, ...errors } } },
    async (request, reply) => {
      const course = await findCourse(db, request.params.course, request.user);
      const code = await currentCheckInCode(base(), course, await findSession(db, course.id, request.params.session));
      return reply.header('cache-control', 'no-store').send(code);
    });

  app.post('/api/training/courses/:course/sessions/:session/check-in', { config: { access: 'signed-in' }, schema: { tags, summary: 'Check myself in with the code of the QR shown in the room (late after the start + 15 minutes)', params: SessionParams, body: CheckInInput, response: { 200: CheckInResult, ...errors } } },
    async (request) => checkIn(database, userOf(request), actorOf(request), request.params.course, request.params.session, request.body.token));

  app.get('/api/training/courses/:course/sessions/:session/attendance', { config: { access: STAFF }, schema: { tags, summary: "A session's attendance list: every seated trainee and what is recorded", params: SessionParams, response: { 200: SessionAttendance, ...errors } } },
    async (request) => {
      const course = await findCourse(db, request.params.course, request.user);
      return sessionAttendance(db, course.id, await findSession(db, course.id, request.params.session));
    });

  app.put('/api/training/courses/:course/sessions/:session/attendance', { config: { access: STAFF }, schema: { tags, summary: 'Set attendance (present, late, excused, absent) of seated trainees: all entries or none', params: SessionParams, body: AttendanceInput, response: NoContent } },
    async (request, reply) => {
      await recordAttendance(database, actorOf(request), request.params.course, request.params.session, request.body);
      return reply.status(204).send(null);
    });

  app.get('/api/training/courses/:course/attendance.xlsx', { config: { access: STAFF }, schema: { tags, summary: 'Attendance of every seated trainee per session, with completion (.xlsx)', params: CourseParams, response: { 200: Binary('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), ...errors } } },
    async (request, reply) => {
      const course = await findCourse(db, request.params.course, request.user);
      return sendSpreadsheet(reply, await attendanceWorkbook(course, await completionSheet(db, course), requestLanguage(request)), `diem-danh-${course.slug}.xlsx`);
    });
};

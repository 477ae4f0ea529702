import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { attendanceRoutes } from './routes/attendance-routes.ts';
import { certificateRoutes } from './routes/certificate-routes.ts';
import { courseRoutes } from './routes/course-routes.ts';
import { enrolmentImportRoutes } from './routes/enrolment-import-routes.ts';
import { enrolmentRoutes } from './routes/enrolment-routes.ts';
import { reportRoutes } from './routes/report-routes.ts';
import './reminders/session-reminders-job.ts';

/** Training courses under /api/training: courses and sessions, enrolment, attendance, certificates, the yearly report; session reminders (job). */
export const trainingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(courseRoutes);
  await app.register(enrolmentRoutes);
  // Its own scope: it takes spreadsheet bodies.
  await app.register(enrolmentImportRoutes);
  await app.register(attendanceRoutes);
  await app.register(certificateRoutes);
  await app.register(reportRoutes);
};

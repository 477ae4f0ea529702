import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { courseRoutes } from './routes/course-routes.ts';
import { enrolmentRoutes } from './routes/enrolment-routes.ts';

/** Training courses under /api/training: courses and sessions, enrolment. */
export const trainingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(courseRoutes);
  await app.register(enrolmentRoutes);
};

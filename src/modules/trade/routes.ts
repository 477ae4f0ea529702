import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { agendaRoutes } from './routes/agenda-routes.ts';
import { conferenceRoutes } from './routes/conference-routes.ts';
import { meetingRoutes } from './routes/meeting-routes.ts';
import { outcomeRoutes } from './routes/outcome-routes.ts';
import { participantRoutes } from './routes/participant-routes.ts';
import { scheduleRunRoutes } from './routes/schedule-run-routes.ts';
import './requests/expire-requests-job.ts';

/** Trade-connection conferences under /api/conferences (and the buyer organisations). */
export const tradeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(conferenceRoutes);
  await app.register(participantRoutes);
  await app.register(meetingRoutes);
  await app.register(scheduleRunRoutes);
  await app.register(agendaRoutes);
  await app.register(outcomeRoutes);
};

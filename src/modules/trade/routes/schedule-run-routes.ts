import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { requestLanguage } from '../../../server/http/request-language.ts';
import { STAFF } from '../../accounts/roles.ts';
import { ConferenceParams, ScheduleRun, ScheduleRunInput, ScheduleRunList, ScheduleRunParams } from '../contract.ts';
import { findScheduleRun } from '../schedule-run/find-schedule-run.ts';
import { listScheduleRuns } from '../schedule-run/list-schedule-runs.ts';
import { toScheduleRun } from '../schedule-run/schedule-run-view.ts';
import { ScheduleRuns } from '../schedule-run/schedule-runs.ts';
import { stopScheduleRun } from '../schedule-run/stop-schedule-run.ts';
import { errors, tags } from './route-helpers.ts';

/** The schedule action as a run: answered at once, watched by polling, stoppable, written at the end. */
export const scheduleRunRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const runs = new ScheduleRuns(database);
  // Shutdown stops this process's runs; each writes its best schedule if it can in time.
  app.addHook('onClose', () => runs.close());
  const runView = async (request: { params: { conference: string; run: string } } & Parameters<typeof requestLanguage>[0]) =>
    toScheduleRun(await findScheduleRun(database, request.params.conference, request.params.run), requestLanguage(request));

  app.get('/api/conferences/:conference/schedule-runs', { config: { access: STAFF }, schema: { tags, summary: 'Recent schedule runs, newest first', params: ConferenceParams, response: { 200: ScheduleRunList, ...errors } } },
    async (request) => ({ items: await listScheduleRuns(database, request.params.conference, requestLanguage(request)) }));

  app.post('/api/conferences/:conference/schedule-runs', {
    config: { access: STAFF },
    schema: {
      tags,
      summary: 'Place the accepted requests into slots and tables within a time budget (default 10 s; locked and checked-in meetings kept): answered at once with the run, whose record shows the best value and proven bound as they improve; the schedule and its report (value, bound, gap, unplaced and why, moves) are written when it ends',
      params: ConferenceParams, body: Type.Optional(ScheduleRunInput), response: { 202: ScheduleRun, ...errors },
    },
  }, async (request, reply) => {
    const { run, done } = await runs.start(actorOf(request), request.params.conference, request.body ?? {});
    done.catch((error: unknown) => request.log.error({ err: error }, 'schedule run failed to record its end'));
    return reply.status(202).send(toScheduleRun(await findScheduleRun(database, request.params.conference, run.id), requestLanguage(request)));
  });

  app.get('/api/conferences/:conference/schedule-runs/:run', { config: { access: STAFF }, schema: { tags, summary: 'A schedule run: progress (best value and bound so far), then its report or error', params: ScheduleRunParams, response: { 200: ScheduleRun, ...errors } } },
    async (request) => runView(request));

  app.post('/api/conferences/:conference/schedule-runs/:run/stop', { config: { access: STAFF }, schema: { tags, summary: 'Stop a run early; it still writes the best schedule found, with its proven bound and gap', params: ScheduleRunParams, response: { 202: ScheduleRun, ...errors } } },
    async (request, reply) => {
      const run = await findScheduleRun(database, request.params.conference, request.params.run);
      await stopScheduleRun(database, request.params.conference, run.id);
      runs.stop(run.id);
      return reply.status(202).send(await runView(request));
    });
};

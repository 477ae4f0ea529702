import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { STAFF } from '../../accounts/roles.ts';
import {
  AnswerInput, CheckInInput, ConferenceParams, Created, MeetingInput, MeetingList, MeetingParams, MeetingRequestInput, MeetingRequestList, MeetingUpdate, RequestListQuery,
  RequestParams,
} from '../contract.ts';
import { findConference } from '../conferences/find-conference.ts';
import { listMeetings } from '../meetings/list-meetings.ts';
import { checkInMeeting, createMeeting, lockMeeting, removeMeeting } from '../meetings/organize-meetings.ts';
import { ownEntry } from '../participants/acting-entry.ts';
import { answerRequest, type Answer } from '../requests/answer-request.ts';
import { listRequests } from '../requests/list-requests.ts';
import { sendRequest } from '../requests/send-request.ts';
import { isStaff } from '../trade-access.ts';
import { errors, NoContent, PARTICIPANTS, tags, userOf } from './route-helpers.ts';

const MeetingUpdateResult = Type.Object({ meetingId: Type.Union([Type.String(), Type.Null()]) });

export const meetingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;

  app.get('/api/conferences/:conference/requests', { config: { access: PARTICIPANTS }, schema: { tags, summary: "Meeting requests: all (staff) or the participant's own", params: ConferenceParams, querystring: RequestListQuery, response: { 200: MeetingRequestList, ...errors } } },
    async (request) => {
      const user = userOf(request);
      const conference = await findConference(db, request.params.conference, user);
      const entry = isStaff(user) ? null : await ownEntry(db, conference.id, user);
      return { items: await listRequests(db, conference.id, entry, request.query.status) };
    });

  app.post('/api/conferences/:conference/requests', { config: { access: PARTICIPANTS }, schema: { tags, summary: 'Ask for a meeting (a producer asks a buyer, a buyer a producer; staff pair both)', params: ConferenceParams, body: MeetingRequestInput, response: { 201: Created, ...errors } } },
    async (request, reply) => reply.status(201).send(await sendRequest(database, userOf(request), actorOf(request), request.params.conference, request.body)));

  for (const answer of ['accept', 'decline', 'cancel'] as const satisfies readonly Answer[]) {
    const summary = { accept: 'Accept a request (a proposed slot is booked at once, or 409 if taken)', decline: 'Decline a request', cancel: 'Withdraw a request (its unchecked meeting is removed)' }[answer];
    app.post(`/api/conferences/:conference/requests/:request/${answer}`, { config: { access: PARTICIPANTS }, schema: { tags, summary, params: RequestParams, body: AnswerInput, response: { 200: MeetingUpdateResult, ...errors } } },
      async (request) => answerRequest(database, userOf(request), actorOf(request), request.params.conference, request.params.request, answer, request.body?.answer ?? ''));
  }

  app.get('/api/conferences/:conference/meetings', { config: { access: STAFF }, schema: { tags, summary: 'Every meeting by slot and table', params: ConferenceParams, response: { 200: MeetingList, ...errors } } },
    async (request) => ({ items: await listMeetings(db, await findConference(db, request.params.conference, request.user)) }));

  app.post('/api/conferences/:conference/meetings', { config: { access: STAFF }, schema: { tags, summary: 'Place a meeting by hand (locked unless said otherwise)', params: ConferenceParams, body: MeetingInput, response: { 201: Created, ...errors } } },
    async (request, reply) => reply.status(201).send(await createMeeting(database, actorOf(request), request.params.conference, request.body)));

  app.patch('/api/conferences/:conference/meetings/:meeting', { config: { access: STAFF }, schema: { tags, summary: 'Lock or unlock a meeting', params: MeetingParams, body: MeetingUpdate, response: NoContent } },
    async (request, reply) => {
      await lockMeeting(database, actorOf(request), request.params.conference, request.params.meeting, request.body.locked);
      return reply.status(204).send(null);
    });

  app.delete('/api/conferences/:conference/meetings/:meeting', { config: { access: STAFF }, schema: { tags, summary: 'Remove a meeting not yet checked in', params: MeetingParams, response: NoContent } },
    async (request, reply) => {
      await removeMeeting(database, actorOf(request), request.params.conference, request.params.meeting);
      return reply.status(204).send(null);
    });

  app.post('/api/conferences/:conference/meetings/:meeting/check-in', { config: { access: STAFF }, schema: { tags, summary: 'Record a meeting as held, or a no-show and who was absent', params: MeetingParams, body: CheckInInput, response: NoContent } },
    async (request, reply) => {
      await checkInMeeting(database, actorOf(request), request.params.conference, request.params.meeting, request.body);
      return reply.status(204).send(null);
    });
};

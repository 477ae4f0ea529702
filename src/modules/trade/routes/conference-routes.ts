import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { STAFF } from '../../accounts/roles.ts';
import { Conference, ConferenceInput, ConferenceList, ConferenceParams, ConferenceUpdate, Participants } from '../contract.ts';
import { findConference, getConference } from '../conferences/find-conference.ts';
import { listConferences } from '../conferences/list-conferences.ts';
import { createConference, updateConference } from '../conferences/save-conference.ts';
import { listParticipants } from '../participants/list-participants.ts';
import { isStaff } from '../trade-access.ts';
import { errors, NoContent, tags } from './route-helpers.ts';

export const conferenceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;

  app.get('/api/conferences', { config: { access: 'public' }, schema: { tags, summary: 'Trade-connection conferences, newest first (drafts for staff only)', response: { 200: ConferenceList } } },
    async (request) => ({ items: await listConferences(db, { includeDrafts: isStaff(request.user) }) }));

  app.post('/api/conferences', { config: { access: STAFF }, schema: { tags, summary: 'Create a conference (as a draft)', body: ConferenceInput, response: { 201: Type.Object({ id: Type.String(), slug: Type.String() }), ...errors } } },
    async (request, reply) => reply.status(201).send(await createConference(database, actorOf(request), request.body)));

  app.get('/api/conferences/:conference', { config: { access: 'public' }, schema: { tags, summary: 'A conference by id or slug, with its slots', params: ConferenceParams, response: { 200: Conference, ...errors } } },
    async (request) => getConference(db, await findConference(db, request.params.conference, request.user)));

  app.patch('/api/conferences/:conference', { config: { access: STAFF }, schema: { tags, summary: 'Change a conference, its sessions or its stage (draft → registration → matching → scheduled → running → closed)', params: ConferenceParams, body: ConferenceUpdate, response: NoContent } },
    async (request, reply) => {
      await updateConference(database, actorOf(request), request.params.conference, request.body);
      return reply.status(204).send(null);
    });

  app.get('/api/conferences/:conference/participants', { config: { access: 'public' }, schema: { tags, summary: 'Producers (with products) and buyers taking part', params: ConferenceParams, response: { 200: Participants, ...errors } } },
    async (request) => listParticipants(db, (await findConference(db, request.params.conference, request.user)).id));
};

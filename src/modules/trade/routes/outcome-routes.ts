import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { requestLanguage } from '../../../server/http/request-language.ts';
import { sendSpreadsheet } from '../../../server/spreadsheet/http.ts';
import { STAFF } from '../../accounts/roles.ts';
import {
  AgreementInput, AgreementList, AgreementParams, AgreementUpdate, ConferenceDashboard, ConferenceParams, Created, FrameworkAgreementInput, FrameworkAgreementList,
} from '../contract.ts';
import { findConference } from '../conferences/find-conference.ts';
import { listMeetings } from '../meetings/list-meetings.ts';
import { listAgreements, listFrameworkAgreements, recordAgreement, recordFrameworkAgreement, updateAgreement } from '../outcomes/agreements.ts';
import { conferenceDashboard } from '../outcomes/conference-dashboard.ts';
import { outcomesWorkbook } from '../outcomes/outcomes-workbook.ts';
import { Binary, errors, NoContent, tags } from './route-helpers.ts';

export const outcomeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;

  app.get('/api/conferences/:conference/agreements', { config: { access: STAFF }, schema: { tags, summary: 'MOUs and contracts signed', params: ConferenceParams, response: { 200: AgreementList, ...errors } } },
    async (request) => ({ items: await listAgreements(db, (await findConference(db, request.params.conference, request.user)).id) }));

  app.post('/api/conferences/:conference/agreements', { config: { access: STAFF }, schema: { tags, summary: 'Record an MOU or a contract (parties, products, volume, value, follow-up)', params: ConferenceParams, body: AgreementInput, response: { 201: Created, ...errors } } },
    async (request, reply) => reply.status(201).send(await recordAgreement(database, actorOf(request), request.params.conference, request.body)));

  app.patch('/api/conferences/:conference/agreements/:agreement', { config: { access: STAFF }, schema: { tags, summary: "Update an agreement's follow-up", params: AgreementParams, body: AgreementUpdate, response: NoContent } },
    async (request, reply) => {
      await updateAgreement(database, actorOf(request), request.params.conference, request.params.agreement, request.body);
      return reply.status(204).send(null);
    });

  app.get('/api/conferences/:conference/framework-agreements', { config: { access: 'public' }, schema: { tags, summary: 'Framework agreements between provinces signed at the plenary', params: ConferenceParams, response: { 200: FrameworkAgreementList, ...errors } } },
    async (request) => ({ items: await listFrameworkAgreements(db, (await findConference(db, request.params.conference, request.user)).id) }));

  app.post('/api/conferences/:conference/framework-agreements', { config: { access: STAFF }, schema: { tags, summary: 'Record a framework agreement between provinces', params: ConferenceParams, body: FrameworkAgreementInput, response: { 201: Created, ...errors } } },
    async (request, reply) => reply.status(201).send(await recordFrameworkAgreement(database, actorOf(request), request.params.conference, request.body)));

  app.get('/api/conferences/:conference/dashboard', { config: { access: STAFF }, schema: { tags, summary: 'Meetings held, MOUs and value by buyer kind, province and product group', params: ConferenceParams, response: { 200: ConferenceDashboard, ...errors } } },
    async (request) => conferenceDashboard(db, await findConference(db, request.params.conference, request.user)));

  app.get('/api/conferences/:conference/dashboard.xlsx', { config: { access: STAFF }, schema: { tags, summary: 'The outcomes as a workbook (agreements, meetings, breakdowns)', params: ConferenceParams, response: { 200: Binary('xlsx'), ...errors } } },
    async (request, reply) => {
      const conference = await findConference(db, request.params.conference, request.user);
      const [dashboard, agreements, meetingList] = await Promise.all([conferenceDashboard(db, conference), listAgreements(db, conference.id), listMeetings(db, conference)]);
      return sendSpreadsheet(reply, await outcomesWorkbook(dashboard, agreements, meetingList, requestLanguage(request)), `ket-qua-${conference.slug}.xlsx`);
    });
};

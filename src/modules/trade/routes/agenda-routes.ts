import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { contentDisposition } from '../../../server/http/content-disposition.ts';
import { requestLanguage } from '../../../server/http/request-language.ts';
import { sendPdf } from '../../../server/pdf/index.ts';
import { STAFF } from '../../accounts/roles.ts';
import { agendaCalendar } from '../agenda/agenda-calendar.ts';
import { agendaPdf, tableSignsPdf } from '../agenda/agenda-pdf.ts';
import { getAgenda } from '../agenda/get-agenda.ts';
import { Agenda, AgendaQuery, ConferenceParams } from '../contract.ts';
import { findConference } from '../conferences/find-conference.ts';
import { listMeetings } from '../meetings/list-meetings.ts';
import { viewedEntry } from '../participants/acting-entry.ts';
import { listBuyerEntries } from '../participants/list-participants.ts';
import { Binary, errors, PARTICIPANTS, tags, userOf } from './route-helpers.ts';

export const agendaRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;

  const agendaOf = async (request: FastifyRequest<{ Params: { conference: string }; Querystring: { entry?: string } }>) => {
    const user = userOf(request);
    const conference = await findConference(db, request.params.conference, user);
    const entry = await viewedEntry(db, conference.id, user, request.query.entry);
    return { conference, agenda: await getAgenda(db, conference, entry) };
  };

  app.get('/api/conferences/:conference/agenda', { config: { access: PARTICIPANTS }, schema: { tags, summary: "A participant's meetings (its own; staff name one)", params: ConferenceParams, querystring: AgendaQuery, response: { 200: Agenda, ...errors } } },
    async (request) => (await agendaOf(request)).agenda);

  app.get('/api/conferences/:conference/agenda.ics', { config: { access: PARTICIPANTS }, schema: { tags, summary: 'The agenda as an iCalendar file (Asia/Ho_Chi_Minh times, venue and table)', params: ConferenceParams, querystring: AgendaQuery, response: { 200: Binary('text/calendar'), ...errors } } },
    async (request, reply) => {
      const { conference, agenda } = await agendaOf(request);
      const body = agendaCalendar(agenda, conference.programme, conference.id, requestLanguage(request));
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-store')
        .header('content-disposition', contentDisposition('attachment', `lich-gap-${conference.slug}.ics`)).send(body);
    });

  app.get('/api/conferences/:conference/agenda.pdf', { config: { access: PARTICIPANTS }, schema: { tags, summary: 'The agenda, printable (PDF)', params: ConferenceParams, querystring: AgendaQuery, response: { 200: Binary('application/pdf'), ...errors } } },
    async (request, reply) => {
      const { conference, agenda } = await agendaOf(request);
      return sendPdf(reply, await agendaPdf(agenda, conference.programme, requestLanguage(request)), `lich-gap-${conference.slug}.pdf`);
    });

  app.get('/api/conferences/:conference/table-signs.pdf', { config: { access: STAFF }, schema: { tags, summary: "Table signs: one page per table with its buyer, its meetings and a QR code to the conference's page", params: ConferenceParams, response: { 200: Binary('application/pdf'), ...errors } } },
    async (request, reply) => {
      const conference = await findConference(db, request.params.conference, request.user);
      const language = requestLanguage(request);
      const [buyers, meetingList] = await Promise.all([listBuyerEntries(db, conference.id), listMeetings(db, conference)]);
      const hosts = new Map(buyers.flatMap((b) => (b.tableCode ? [[b.tableCode, b.organisation.name] as const] : [])));
      const codes = [...new Set([...hosts.keys(), ...meetingList.map((m) => m.tableCode)])].sort();
      const pool = language === 'vi' ? 'Bàn chung' : 'Shared table';
      const base = (app.config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
      const pdf = await tableSignsPdf(conference[language === 'vi' ? 'nameVi' : 'nameEn'],
        codes.map((code) => ({ code, host: hosts.get(code) ?? pool, meetings: meetingList.filter((m) => m.tableCode === code) })), `${base}/conferences/${conference.slug}`, language);
      return sendPdf(reply, pdf, `bien-bao-ban-${conference.slug}.pdf`);
    });
};

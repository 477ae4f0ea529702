import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { AppError } from '../../../server/http/app-error.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { acceptSpreadsheetUploads, spreadsheetUpload } from '../../../server/spreadsheet/http.ts';
import { STAFF } from '../../accounts/roles.ts';
import { BuyerEntryInput, BuyerOrganisationInput, BuyerOrganisationList, ConferenceParams, Created, ImportQuery, ProducerEntryInput, SuggestionList, SuggestionQuery } from '../contract.ts';
import { findConference } from '../conferences/find-conference.ts';
import { viewedEntry } from '../participants/acting-entry.ts';
import { listBuyerOrganisations, saveBuyerOrganisation } from '../participants/buyer-organisations.ts';
import { importBuyers } from '../participants/import-buyers.ts';
import { registerBuyer, registerProducer } from '../participants/register-participants.ts';
import { suggestPartners } from '../participants/suggest-partners.ts';
import { errors, PARTICIPANTS, tags, userOf } from './route-helpers.ts';

export const participantRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;

  app.get('/api/buyer-organisations', { config: { access: STAFF }, schema: { tags, summary: 'Buyer organisations known to the programme', response: { 200: BuyerOrganisationList, ...errors } } },
    async () => ({ items: await listBuyerOrganisations(db) }));

  app.post('/api/buyer-organisations', { config: { access: STAFF }, schema: { tags, summary: 'Create a buyer organisation (or update the one of the same name)', body: BuyerOrganisationInput, response: { 200: Type.Object({ id: Type.String(), created: Type.Boolean() }), ...errors } } },
    async (request) => db.transaction((tx) => saveBuyerOrganisation(tx, actorOf(request), request.body)));

  app.post('/api/conferences/:conference/producers', { config: { access: [...STAFF, 'producer'] }, schema: { tags, summary: 'Register a producer with the products it brings and the slots it attends', params: ConferenceParams, body: ProducerEntryInput, response: { 200: Created, ...errors } } },
    async (request) => registerProducer(database, userOf(request), actorOf(request), request.params.conference, request.body));

  app.post('/api/conferences/:conference/buyers', { config: { access: [...STAFF, 'buyer'] }, schema: { tags, summary: 'Register a buyer organisation: its table (own or the pool) and the slots it attends', params: ConferenceParams, body: BuyerEntryInput, response: { 200: Type.Object({ id: Type.String(), tableCode: Type.Union([Type.String(), Type.Null()]) }), ...errors } } },
    async (request) => registerBuyer(database, userOf(request), actorOf(request), request.params.conference, request.body));

  app.get('/api/conferences/:conference/suggestions', { config: { access: PARTICIPANTS }, schema: { tags, summary: 'Partners suggested for a participant (its own; staff name one), best fit first, with reasons', params: ConferenceParams, querystring: SuggestionQuery, response: { 200: SuggestionList, ...errors } } },
    async (request) => {
      const conference = await findConference(db, request.params.conference, request.user);
      const entry = await viewedEntry(db, conference.id, userOf(request), request.query.entry);
      return suggestPartners(db, conference.id, entry, request.query.limit ?? 20);
    });

  // The upload route in a plugin of its own: the body stays a stream there only.
  await app.register(async (uploads) => {
    acceptSpreadsheetUploads(uploads);
    uploads.post('/api/conferences/:conference/buyers/import', {
      config: { access: STAFF },
      schema: {
        tags, summary: 'Register buyers from a spreadsheet (.xlsx or .csv as the body): all rows or none, row-by-row report',
        params: ConferenceParams, querystring: ImportQuery,
        response: { 200: Type.Unsafe({ description: '{fileName, dryRun, ok, rowCount, problems[], warnings[], counts}' }), 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse },
      },
    }, async (request) => {
      const query = request.query as { dryRun?: boolean; fileName?: string };
      const params = request.params as { conference: string };
      const dryRun = query.dryRun ?? false;
      const report = await importBuyers(database, actorOf(request), params.conference, { name: query.fileName ?? 'buyers.xlsx', source: spreadsheetUpload(request) }, dryRun);
      if (!report.ok && !dryRun) throw new AppError(422, 'import_invalid', { vi: 'Tệp có lỗi, chưa có dữ liệu nào được ghi', en: 'The file has errors; nothing was written' }, report);
      return report;
    });
  });
};

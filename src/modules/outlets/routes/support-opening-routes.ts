import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { requestLanguage } from '../../../server/http/request-language.ts';
import { sendPdf } from '../../../server/pdf/index.ts';
import { STAFF } from '../../accounts/roles.ts';
import {
  GuestParams, GuestsInput, InvitationQuery, OpeningAnnouncement, OpeningDetail, OpeningInput, PointKeyParams, PointSupport, ProgrammeSupport, SupportInput, SupportParams, SupportUpdate,
} from '../contract.ts';
import { PUBLIC_POINT_STATUSES } from '../domain/point-status.ts';
import { getOpening, getOpeningAnnouncement } from '../opening/get-opening.ts';
import { invitationsPdf } from '../opening/invitations-pdf.ts';
import { addGuests, removeGuest, saveOpening } from '../opening/save-opening.ts';
import { assertActsForPoint } from '../outlet-access.ts';
import { findPointRow, pointNotFound } from '../points/find-point.ts';
import { listPointSupport, listProgrammeSupport } from '../support/list-support.ts';
import { addSupportItem, updateSupportItem } from '../support/save-support-item.ts';
import { errors, NoContent, OPERATOR_OR_STAFF, tags, userOf } from './route-helpers.ts';

/** Support items (equipment for a selected point) and the opening ceremony. */
export const supportOpeningRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;
  const baseUrl = (request: { protocol: string; host: string }) => app.config.publicUrl ?? `${request.protocol}://${request.host}`;

  app.get('/api/outlets/support', { config: { access: STAFF }, schema: { tags, summary: 'Support progress and spending per point and across the programme', response: { 200: ProgrammeSupport, ...errors } } },
    async () => listProgrammeSupport(db));

  app.get('/api/outlets/points/:point/support', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: "A point's support items with progress and spending", params: PointKeyParams, response: { 200: PointSupport, ...errors } } },
    async (request) => {
      const point = await findPointRow(db, request.params.point);
      await assertActsForPoint(db, userOf(request), point.id);
      return listPointSupport(db, point.id);
    });

  app.post('/api/outlets/points/:point/support', { config: { access: STAFF }, schema: { tags, summary: 'Plan a support item (signage to Decision 3041, shelves, counter…)', params: PointKeyParams, body: SupportInput, response: { 201: Type.Object({ id: Type.String() }), ...errors } } },
    async (request, reply) => {
      const point = await findPointRow(db, request.params.point);
      return reply.status(201).send(await addSupportItem(database, userOf(request), actorOf(request), point.id, request.body));
    });

  app.patch('/api/outlets/support/:id', { config: { access: STAFF }, schema: { tags, summary: 'Change a support item or take its next step (acceptance with a note)', params: SupportParams, body: SupportUpdate, response: NoContent } },
    async (request, reply) => {
      await updateSupportItem(database, userOf(request), actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    });

  app.put('/api/outlets/points/:point/opening', { config: { access: STAFF }, schema: { tags, summary: 'Schedule or change the opening ceremony', params: PointKeyParams, body: OpeningInput, response: NoContent } },
    async (request, reply) => {
      await saveOpening(database, actorOf(request), await findPointRow(db, request.params.point), request.body);
      return reply.status(204).send(null);
    });

  app.get('/api/outlets/points/:point/opening', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: 'The opening ceremony with its guests', params: PointKeyParams, response: { 200: OpeningDetail, ...errors } } },
    async (request) => {
      const point = await findPointRow(db, request.params.point);
      await assertActsForPoint(db, userOf(request), point.id);
      return getOpening(db, point);
    });

  app.post('/api/outlets/points/:point/opening/guests', { config: { access: STAFF }, schema: { tags, summary: 'Invite guests (each gets an invitation code)', params: PointKeyParams, body: GuestsInput, response: { 201: Type.Object({ ids: Type.Array(Type.String()) }), ...errors } } },
    async (request, reply) => {
      const point = await findPointRow(db, request.params.point);
      return reply.status(201).send(await addGuests(database, actorOf(request), point.id, request.body));
    });

  app.delete('/api/outlets/points/:point/opening/guests/:id', { config: { access: STAFF }, schema: { tags, summary: 'Withdraw an invitation', params: GuestParams, response: NoContent } },
    async (request, reply) => {
      const point = await findPointRow(db, request.params.point);
      await removeGuest(database, actorOf(request), point.id, request.params.id);
      return reply.status(204).send(null);
    });

  app.get('/api/outlets/points/:point/opening/invitations', { config: { access: STAFF }, schema: { tags, summary: 'Printable invitations (PDF), one a page with a QR code', params: PointKeyParams, response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errors } } },
    async (request, reply) => {
      const point = await findPointRow(db, request.params.point);
      const pdf = await invitationsPdf(await getOpening(db, point), baseUrl(request), requestLanguage(request));
      return sendPdf(reply, pdf, `giay-moi-khai-truong-${point.slug}.pdf`);
    });

  app.get('/api/points-of-sale/:point/opening', { config: { access: 'public' }, schema: { tags, summary: 'The public announcement of an opening ceremony (an invitation code greets its guest)', params: PointKeyParams, querystring: InvitationQuery, response: { 200: OpeningAnnouncement, ...errors } } },
    async (request) => {
      const point = await findPointRow(db, request.params.point);
      // A ceremony is announced before the point opens, so any selected point may have one; never a candidate's.
      if (!['approved', 'equipping', ...PUBLIC_POINT_STATUSES].includes(point.status)) throw pointNotFound();
      return getOpeningAnnouncement(db, point, request.query.invitation);
    });
};

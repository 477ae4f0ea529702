import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { requestLanguage } from '../../../server/http/request-language.ts';
import { sendPdf } from '../../../server/pdf/index.ts';
import { clock } from '../../../shared/time/clock.ts';
import { PointKeyParams, StockInput, StockItemParams, StockList, StockUpdate } from '../contract.ts';
import { assertActsForPoint } from '../outlet-access.ts';
import { findPointRow } from '../points/find-point.ts';
import { listStock } from '../stock/list-stock.ts';
import { addStockItem, removeStockItem, updateStockItem } from '../stock/save-stock-item.ts';
import { shelfLabelsPdf } from '../stock/shelf-labels-pdf.ts';
import { errors, NoContent, OPERATOR_OR_STAFF, tags, userOf } from './route-helpers.ts';

/** Stock and consignment: staff and the point's own operator keep the shelves. */
export const stockRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;
  const pointActedFor = async (request: Parameters<typeof userOf>[0], key: string) => {
    const point = await findPointRow(db, key);
    await assertActsForPoint(db, userOf(request), point.id);
    return point;
  };

  app.get('/api/outlets/points/:point/stock', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: "A point's stock with each product's certificate status today and the OCOP share against the local rule", params: PointKeyParams, response: { 200: StockList, ...errors } } },
    async (request) => listStock(db, await pointActedFor(request, request.params.point), clock.today()));

  app.post('/api/outlets/points/:point/stock', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: 'Put a product on the shelves (consigned or bought)', params: PointKeyParams, body: StockInput, response: { 201: Type.Object({ id: Type.String() }), ...errors } } },
    async (request, reply) => {
      const point = await pointActedFor(request, request.params.point);
      return reply.status(201).send(await addStockItem(database, actorOf(request), point.id, request.body));
    });

  app.patch('/api/outlets/points/:point/stock/:id', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: 'Change the quantity, price or ownership of a line', params: StockItemParams, body: StockUpdate, response: NoContent } },
    async (request, reply) => {
      const point = await pointActedFor(request, request.params.point);
      await updateStockItem(database, actorOf(request), point.id, request.params.id, request.body);
      return reply.status(204).send(null);
    });

  app.delete('/api/outlets/points/:point/stock/:id', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: 'Take a line off the shelves (not one with reported sales)', params: StockItemParams, response: NoContent } },
    async (request, reply) => {
      const point = await pointActedFor(request, request.params.point);
      await removeStockItem(database, actorOf(request), point.id, request.params.id);
      return reply.status(204).send(null);
    });

  app.get('/api/outlets/points/:point/shelf-labels', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: 'Printable shelf labels (PDF) with each product\'s verify QR code', params: PointKeyParams, response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errors } } },
    async (request, reply) => {
      const point = await pointActedFor(request, request.params.point);
      const stock = await listStock(db, point, clock.today());
      const base = app.config.publicUrl ?? `${request.protocol}://${request.host}`;
      const pdf = await shelfLabelsPdf({ name: { vi: point.nameVi, en: point.nameEn } }, stock, base, requestLanguage(request));
      return sendPdf(reply, pdf, `nhan-ke-${point.slug}.pdf`);
    });
};

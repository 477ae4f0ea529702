import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { AppError } from '../../../server/http/app-error.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { acceptSpreadsheetUploads, sendSpreadsheet, spreadsheetUpload } from '../../../server/spreadsheet/http.ts';
import { clock } from '../../../shared/time/clock.ts';
import { STAFF } from '../../accounts/roles.ts';
import { EarlyWarnings, PointKeyParams, PointSales, SalesDashboard, SalesImportQuery, SalesMonthParams, SalesReportDetail, SalesReportInput, SalesTemplateQuery } from '../contract.ts';
import { assertActsForPoint } from '../outlet-access.ts';
import { findPointRow } from '../points/find-point.ts';
import { getSalesReport, listPointSales, salesDashboard } from '../sales/list-sales.ts';
import { importMonthlySales, salesTemplate } from '../sales/import-monthly-sales.ts';
import { replaceSalesReport } from '../sales/save-sales-report.ts';
import { listEarlyWarnings } from '../warnings/list-early-warnings.ts';
import { errors, NoContent, OPERATOR_OR_STAFF, tags, userOf } from './route-helpers.ts';

/** Monthly sales (form and .xlsx), the dashboards and the early-warning list. */
export const salesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;
  acceptSpreadsheetUploads(app);
  const pointActedFor = async (request: Parameters<typeof userOf>[0], key: string) => {
    const point = await findPointRow(db, key);
    await assertActsForPoint(db, userOf(request), point.id);
    return point;
  };

  app.get('/api/outlets/points/:point/sales', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: "A point's sales over the last twelve months and its best sellers", params: PointKeyParams, response: { 200: PointSales, ...errors } } },
    async (request) => listPointSales(db, (await pointActedFor(request, request.params.point)).id, clock.today()));

  app.get('/api/outlets/points/:point/sales/:month', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: "One month's report, line by line", params: SalesMonthParams, response: { 200: SalesReportDetail, ...errors } } },
    async (request) => getSalesReport(db, (await pointActedFor(request, request.params.point)).id, request.params.month));

  app.put('/api/outlets/points/:point/sales/:month', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: "Report (or correct) a month's sales by product", params: SalesMonthParams, body: SalesReportInput, response: NoContent } },
    async (request, reply) => {
      const point = await pointActedFor(request, request.params.point);
      const actor = actorOf(request);
      await database.db.transaction((tx) => replaceSalesReport(tx, actor, point.id, request.params.month, request.body.lines, 'form'));
      return reply.status(204).send(null);
    });

  app.get('/api/outlets/points/:point/sales-template', { config: { access: OPERATOR_OR_STAFF }, schema: { tags, summary: "The monthly sales template (.xlsx or .csv) listing the point's products", params: PointKeyParams, querystring: SalesTemplateQuery, response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errors } } },
    async (request, reply) => {
      const point = await pointActedFor(request, request.params.point);
      const format = request.query.format ?? 'xlsx';
      return sendSpreadsheet(reply, await salesTemplate(db, point.id, clock.today(), format), `mau-doanh-so-${point.slug}.${format}`);
    });

  app.post('/api/outlets/points/:point/sales-import', {
    config: { access: OPERATOR_OR_STAFF },
    schema: {
      tags, summary: 'Upload monthly sales (.xlsx or .csv as the body): all rows or none, with a row report',
      params: PointKeyParams, querystring: SalesImportQuery,
      response: { 200: Type.Unsafe<unknown>({ description: '{fileName, dryRun, ok, rowCount, problems[], warnings[], counts: {months, lines}}' }), 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse },
    },
  }, async (request) => {
    const point = await pointActedFor(request, request.params.point);
    const dryRun = request.query.dryRun ?? false;
    const report = await importMonthlySales(database, actorOf(request), point.id, { name: request.query.fileName, source: spreadsheetUpload(request) }, dryRun, clock.today());
    if (!report.ok && !dryRun) throw new AppError(422, 'import_invalid', { vi: 'Tệp có lỗi, chưa có dữ liệu nào được ghi', en: 'The file has errors; nothing was written' }, report);
    return report;
  });

  app.get('/api/outlets/sales', { config: { access: STAFF }, schema: { tags, summary: 'Sales across points: monthly totals and each point\'s figures', response: { 200: SalesDashboard, ...errors } } },
    async () => salesDashboard(db, clock.today()));

  app.get('/api/outlets/early-warnings', { config: { access: STAFF }, schema: { tags, summary: 'Points failing: missed report, sales falling two months running, OCOP share under the rule, expired products', response: { 200: EarlyWarnings, ...errors } } },
    async () => listEarlyWarnings(db, clock.today()));
};

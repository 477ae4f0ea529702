import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { AppError } from '../../../server/http/app-error.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { StringEnum, Text } from '../../../shared/schema-types.ts';
import { clock } from '../../../shared/time/clock.ts';
import { STAFF } from '../../accounts/roles.ts';
import { ProductListQuery } from '../contract.ts';
import { acceptSpreadsheetUploads, sendSpreadsheet, spreadsheetUpload } from '../../../server/spreadsheet/http.ts';
import { exportCatalogue } from '../export/write-export.ts';
import { EXAMPLE_CSV, EXAMPLE_XLSX } from '../import/example/make-example.ts';
import { checkProductList, writeProductList, type ImportReport } from './run-import.ts';

export const importExportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  acceptSpreadsheetUploads(app);

  app.post('/api/catalogue/import', {
    config: { access: STAFF },
    schema: {
      tags: ['catalogue'],
      summary: 'Import an official product list (.xlsx or .csv as the request body); all rows or none',
      description:
        'With dryRun=true nothing is written and the report says what would change. A file past a ' +
        'limit (25 MB, 20,000 rows, an .xlsx part inflating past 64 MB) gets 413 with the limit. Send ' +
        '`Accept: application/x-ndjson` to receive progress lines, then a final {"report":…} line.',
      querystring: Type.Object(
        { fileName: Text({ min: 1, max: 255 }), dryRun: Type.Optional(Type.Boolean({ default: false })) },
        { additionalProperties: false },
      ),
      response: {
        // The report (see ImportReport), or a stream of progress lines: described, not constrained.
        200: Type.Unsafe<ImportReport | PassThrough>({ description: '{fileName, dryRun, ok, rowCount, problems[], warnings[], counts}' }),
        400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse,
      },
    },
  }, async (request, reply) => {
    const source = spreadsheetUpload(request);
    const options = { dryRun: request.query.dryRun ?? false, today: clock.today() };
    const actor = actorOf(request);
    const checked = await checkProductList({ name: request.query.fileName, source }, options);
    if (String(request.headers.accept ?? '').includes('application/x-ndjson')) {
      const stream = new PassThrough();
      void reply.type('application/x-ndjson').send(stream);
      const line = (value: unknown) => stream.write(`${JSON.stringify(value)}\n`);
      writeProductList(database, actor, checked, async (done, total) => {
        line({ progress: { done, total } });
        // The embedded database answers through microtasks only; without a turn of the event
        // loop the progress lines would wait in the socket until the whole import is done.
        await new Promise((resolve) => setImmediate(resolve));
      })
        .then((report) => line({ report }))
        .catch((error: unknown) => {
          request.log.error({ err: error }, 'import failed');
          line({ error: { code: 'import_failed', message: 'Import failed; nothing was written' } });
        })
        .finally(() => stream.end());
      return reply;
    }
    const report = await writeProductList(database, actor, checked);
    if (!report.ok && !options.dryRun) {
      throw new AppError(422, 'import_invalid', { vi: 'Tệp có lỗi, chưa có dữ liệu nào được ghi', en: 'The file has errors; nothing was written' }, report);
    }
    return report;
  });

  app.get('/api/catalogue/import/template', {
    config: { access: 'public' },
    schema: {
      tags: ['catalogue'],
      summary: 'The import template: the columns with example rows (.xlsx or .csv)',
      querystring: Type.Object({ format: Type.Optional(StringEnum(['xlsx', 'csv'] as const)) }, { additionalProperties: false }),
      response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), 400: ErrorResponse },
    },
  }, async (request, reply) => {
    const format = request.query.format ?? 'xlsx';
    return sendSpreadsheet(reply, await readFile(format === 'csv' ? EXAMPLE_CSV : EXAMPLE_XLSX), `mau-danh-sach-ocop.${format}`);
  });

  app.get('/api/catalogue/export', {
    config: { access: STAFF },
    schema: {
      tags: ['catalogue'],
      summary: 'Export the filtered catalogue as .xlsx or .csv, in the import template columns',
      querystring: Type.Composite([
        Type.Omit(ProductListQuery, ['page', 'pageSize', 'sort']),
        Type.Object({ format: Type.Optional(StringEnum(['xlsx', 'csv'] as const)) }),
      ], { additionalProperties: false }),
      response: {
        200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: '.xlsx or .csv file' }),
        400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse,
      },
    },
  }, async (request, reply) => {
    const { format = 'xlsx', ...filters } = request.query;
    const day = clock.today();
    return sendSpreadsheet(reply, await exportCatalogue(database.db, filters, day, format), `san-pham-ocop-${day}.${format}`);
  });
};

import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { AppError } from '../../../server/http/app-error.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { StringEnum, Text } from '../../../shared/schema-types.ts';
import { todayInVietnam } from '../../../shared/time/today-in-vietnam.ts';
import { STAFF } from '../../accounts/roles.ts';
import { ProductListQuery } from '../contract.ts';
import { exportRows } from '../export/export-rows.ts';
import { toCsv, toXlsx } from '../export/write-export.ts';
import { EXAMPLE_CSV, EXAMPLE_XLSX } from '../import/example/make-example.ts';
import { runImport, type ImportReport } from './run-import.ts';

const SPREADSHEET_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv', 'application/octet-stream'];
const MAX_FILE_BYTES = 25 * 1024 * 1024;

export const importExportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  // The file is the body itself (no multipart): simpler for the CLI, curl and the web page alike.
  app.addContentTypeParser(SPREADSHEET_TYPES, { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_request, body, done) => done(null, body));

  app.post('/api/catalogue/import', {
    config: { access: STAFF },
    bodyLimit: MAX_FILE_BYTES,
    schema: {
      tags: ['catalogue'],
      summary: 'Import an official product list (.xlsx or .csv as the request body); all rows or none',
      description:
        'With dryRun=true nothing is written and the report says what would change. Send ' +
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
    const bytes = request.body;
    if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
      throw new AppError(400, 'empty_file', { vi: 'Tệp tải lên trống', en: 'The uploaded file is empty' });
    }
    const file = { name: request.query.fileName, bytes: new Uint8Array(bytes) };
    const options = { dryRun: request.query.dryRun ?? false, today: todayInVietnam() };
    const actor = actorOf(request);

    if (String(request.headers.accept ?? '').includes('application/x-ndjson')) {
      const stream = new PassThrough();
      void reply.type('application/x-ndjson').send(stream);
      const line = (value: unknown) => stream.write(`${JSON.stringify(value)}\n`);
      runImport(database, actor, file, { ...options, onProgress: (done, total) => line({ progress: { done, total } }) })
        .then((report) => line({ report }))
        .catch((error: unknown) => {
          request.log.error({ err: error }, 'import failed');
          line({ error: { code: 'import_failed', message: 'Import failed; nothing was written' } });
        })
        .finally(() => stream.end());
      return reply;
    }
    const report = await runImport(database, actor, file, options);
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
    const file = format === 'csv' ? EXAMPLE_CSV : EXAMPLE_XLSX;
    reply.header('content-disposition', `attachment; filename="mau-danh-sach-ocop.${format}"`);
    return reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : (SPREADSHEET_TYPES[0] as string)).send(await readFile(file));
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
    const today = todayInVietnam();
    const data = await exportRows(database.db, filters, today);
    const name = `san-pham-ocop-${today}.${format}`;
    reply.header('content-disposition', `attachment; filename="${name}"`);
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(data));
    const title = `Danh sách sản phẩm OCOP (xuất ngày ${today.split('-').reverse().join('/')})`;
    return reply.type(SPREADSHEET_TYPES[0] as string).send(await toXlsx(data, title));
  });
};

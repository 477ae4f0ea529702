import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { AppError } from '../../../server/http/app-error.ts';
import { ErrorResponse } from '../../../server/http/error-response.ts';
import { acceptSpreadsheetUploads, spreadsheetUpload } from '../../../server/spreadsheet/http.ts';
import { STAFF } from '../../accounts/roles.ts';
import { CourseParams } from '../contract.ts';
import { importEnrolments } from '../enrolment/import-enrolments.ts';
import { tags } from './route-helpers.ts';

const ImportQuery = Type.Object({ dryRun: Type.Optional(Type.Boolean()), fileName: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });

/** Enrolment from an organizer's list (.xlsx or .csv as the body), through the platform's one import engine. */
export const enrolmentImportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  acceptSpreadsheetUploads(app);
  app.post('/api/training/courses/:course/enrolments/import', {
    config: { access: STAFF },
    schema: {
      tags, summary: 'Enrol trainees from a spreadsheet: seats in file order, then the waiting list; all rows or none, row-by-row report',
      params: CourseParams, querystring: ImportQuery,
      response: { 200: Type.Unsafe({ description: '{fileName, dryRun, ok, rowCount, problems[], warnings[], counts: {enrolled, waitlisted}}' }), 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse },
    },
  }, async (request) => {
    const dryRun = request.query.dryRun ?? false;
    const report = await importEnrolments(database, actorOf(request), request.params.course, { name: request.query.fileName ?? 'hoc-vien.xlsx', source: spreadsheetUpload(request) }, dryRun);
    if (!report.ok && !dryRun) throw new AppError(422, 'import_invalid', { vi: 'Tệp có lỗi, chưa có dữ liệu nào được ghi', en: 'The file has errors; nothing was written' }, report);
    return report;
  });
};

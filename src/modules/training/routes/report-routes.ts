import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requestLanguage } from '../../../server/http/request-language.ts';
import { sendSpreadsheet } from '../../../server/spreadsheet/http.ts';
import { clock } from '../../../shared/time/clock.ts';
import { STAFF } from '../../accounts/roles.ts';
import { TrainingReport, TrainingReportQuery } from '../contract.ts';
import { courseFactsOfYear } from '../reports/course-facts.ts';
import { trainingReport } from '../reports/training-report.ts';
import { trainingReportWorkbook } from '../reports/training-report-workbook.ts';
import { Binary, errors, tags } from './route-helpers.ts';

const yearOf = (query: TrainingReportQuery) => query.year ?? Number(clock.today().slice(0, 4));

export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  const report = async (query: TrainingReportQuery) => trainingReport(yearOf(query), await courseFactsOfYear(db, yearOf(query)));

  app.get('/api/training/report', { config: { access: STAFF }, schema: { tags, summary: "A year's training by course, topic, audience, producer type and commune: trainees, attendance, completion, certificates", querystring: TrainingReportQuery, response: { 200: TrainingReport, ...errors } } },
    async (request) => report(request.query));

  app.get('/api/training/report.xlsx', { config: { access: STAFF }, schema: { tags, summary: 'The training report of a year (.xlsx, a sheet per grouping)', querystring: TrainingReportQuery, response: { 200: Binary('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), ...errors } } },
    async (request, reply) => {
      const data = await report(request.query);
      const language = requestLanguage(request);
      return sendSpreadsheet(reply, await trainingReportWorkbook(data, language), `${language === 'vi' ? 'ket-qua-tap-huan' : 'training-report'}-${data.year}.xlsx`);
    });
};

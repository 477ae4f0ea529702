import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../server/http/actor-of.ts';
import { ErrorResponse } from '../../server/http/error-response.ts';
import { requestLanguage } from '../../server/http/request-language.ts';
import { sendPdf } from '../../server/pdf/index.ts';
import { IdParams } from '../../shared/schema-types.ts';
import { clock } from '../../shared/time/clock.ts';
import { STAFF } from '../accounts/roles.ts';
import { saveActivityPlan } from './activities/save-activity-plan.ts';
import { ActivityPlanInput, ActivityPlanParams, DashboardQuery, ProgrammeDashboard, Project, ProjectInput, ProjectKeyParams, ProjectList } from './contract.ts';
import { annualReportPdf } from './dashboard/annual-report-pdf.ts';
import { programmeWorkbook } from './dashboard/dashboard-workbook.ts';
import { programmeDashboard } from './dashboard/programme-dashboard.ts';
import { getProject, listProjects } from './projects/project-row.ts';
import { createProject, updateProject } from './projects/save-project.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['programme'];
const isStaff = (role: string | undefined) => role !== undefined && STAFF.some((r) => r === role);
const NoContent = { 204: Type.Null(), ...errors };
const Binary = { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errors };
const yearOf = (query: { year?: number }) => query.year ?? Number(clock.today().slice(0, 4));

/** The programme: the city's projects (the creative design centre) and the dashboard of every activity. */
export const programmeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;

  app.get('/api/programme/projects', { config: { access: 'public' }, schema: { tags, summary: 'Projects of the programme (staff: unpublished ones too)', response: { 200: ProjectList } } },
    async (request) => ({ items: await listProjects(db, isStaff(request.user?.role)) }));

  app.get('/api/programme/projects/:project', { config: { access: 'public' }, schema: { tags, summary: 'A project with its milestones and budget lines', params: ProjectKeyParams, response: { 200: Project, ...errors } } },
    async (request) => getProject(db, request.params.project, isStaff(request.user?.role)));

  app.post('/api/programme/projects', { config: { access: STAFF }, schema: { tags, summary: 'Add a project', body: ProjectInput, response: { 201: Type.Object({ id: Type.String(), slug: Type.String() }), ...errors } } },
    async (request, reply) => reply.status(201).send(await createProject(database, request.user, actorOf(request), request.body)));

  app.put('/api/programme/projects/:id', { config: { access: STAFF }, schema: { tags, summary: "Replace a project's record, milestones and budget lines", params: IdParams, body: ProjectInput, response: NoContent } },
    async (request, reply) => {
      await updateProject(database, request.user, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    });

  app.put('/api/programme/activities/:kind/:id/plan', { config: { access: STAFF }, schema: { tags, summary: "Set an activity's lead unit and budget", params: ActivityPlanParams, body: ActivityPlanInput, response: NoContent } },
    async (request, reply) => {
      await saveActivityPlan(database, actorOf(request), request.params.kind, request.params.id, request.body);
      return reply.status(204).send(null);
    });

  app.get('/api/programme/dashboard', { config: { access: STAFF }, schema: { tags, summary: "Every activity of a year's plan with its results, totals and breakdowns by month, activity and area", querystring: DashboardQuery, response: { 200: ProgrammeDashboard, ...errors } } },
    async (request) => programmeDashboard(db, yearOf(request.query)));

  app.get('/api/programme/dashboard/export', { config: { access: STAFF }, schema: { tags, summary: 'The dashboard as .xlsx', querystring: DashboardQuery, response: Binary } },
    async (request, reply) => {
      const year = yearOf(request.query);
      const workbook = await programmeWorkbook(await programmeDashboard(db, year), requestLanguage(request));
      reply.header('content-disposition', `attachment; filename="chuong-trinh-ocop-${year}.xlsx"`);
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(workbook);
    });

  app.get('/api/programme/report.pdf', { config: { access: STAFF }, schema: { tags, summary: 'The annual report (PDF, Vietnamese unless English is asked for)', querystring: DashboardQuery, response: Binary } },
    async (request, reply) => {
      const year = yearOf(request.query);
      return sendPdf(reply, await annualReportPdf(await programmeDashboard(db, year), requestLanguage(request)), `bao-cao-chuong-trinh-ocop-${year}.pdf`);
    });
};

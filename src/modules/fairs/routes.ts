import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../server/http/actor-of.ts';
import { productQrSvg } from '../catalogue/verify/product-qr.ts';
import { unauthorized } from '../../server/http/app-error.ts';
import { ErrorResponse } from '../../server/http/error-response.ts';
import { clock } from '../../shared/time/clock.ts';
import { STAFF } from '../accounts/roles.ts';
import { AllocationRuns } from './allocation-run/allocation-runs.ts';
import { toAllocationRun } from './allocation-run/allocation-run-view.ts';
import { applyAllocationProposal } from './allocation-run/apply-allocation-proposal.ts';
import { discardAllocationProposal } from './allocation-run/discard-allocation-proposal.ts';
import { findAllocationRun } from './allocation-run/find-allocation-run.ts';
import { listAllocationRuns } from './allocation-run/list-allocation-runs.ts';
import { stopAllocationRun } from './allocation-run/stop-allocation-run.ts';
import { requestLanguage } from '../../server/http/request-language.ts';
import { sendPdf } from '../../server/pdf/index.ts';
import { submitApplication } from './applications/submit-application.ts';
import { decideApplications } from './applications/decide-applications.ts';
import { listApplications } from './applications/list-applications.ts';
import { withdrawApplication } from './applications/withdraw-application.ts';
import { confirmAssignment, releaseAssignment } from './assignments/confirm-assignment.ts';
import { holdStall } from './assignments/hold-stall.ts';
import { lockAssignment } from './assignments/lock-assignment.ts';
import {
  AllocationRun, AllocationRunInput, AllocationRunParams, ApplicationInput, ApplicationParams, ApplicationList, ApplicationListQuery, AssignmentParams, DailyReportInput,
  DecisionInput, Fair, FairDashboard, FairInput, FairKeyParams, FairList, FairUpdate, FloorPlan, FloorPlanInput, GenerateStreetInput,
  HoldInput, LockInput, ProgrammeItem, ProgrammeItemInput, ProgrammeParams, StallIdParams, StallPage, StallParams, StallUpdate, VisitorInput,
} from './contract.ts';
import { isStaff } from './fair-access.ts';
import { getFair } from './fairs/find-fair.ts';
import { listFairs } from './fairs/list-fairs.ts';
import { createFair, updateFair } from './fairs/save-fair.ts';
import { findVisibleFair } from './fairs/visible-fair.ts';
import { getFloorPlan } from './floor-plan/get-floor-plan.ts';
import { getStallPage } from './floor-plan/get-stall-page.ts';
import { layoutWalkingStreet } from './floor-plan/layout-walking-street.ts';
import { replaceFloorPlan, updateStall } from './floor-plan/save-floor-plan.ts';
import { planDraftRoutes } from './plan-draft/draft-routes.ts';
import { addProgrammeItem, listProgramme, removeProgrammeItem } from './programme/programme.ts';
import { fairDashboard } from './reporting/fair-dashboard.ts';
import { closingReportPdf } from './reporting/closing-report-pdf.ts';
import { dashboardWorkbook } from './reporting/dashboard-workbook.ts';
import { recordVisitors, reportDay } from './reporting/report-day.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const EXHIBITORS = [...STAFF, 'producer'] as const;
const NoContent = { 204: Type.Null(), ...errors };
const tags = ['fairs'];

export const fairRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;
  await app.register(planDraftRoutes);

  app.get('/api/fairs', { config: { access: 'public', cache: true }, schema: { tags, summary: 'Fairs, newest first (drafts for staff only)', response: { 200: FairList } } },
    async (request) => ({ items: await listFairs(db, { includeDrafts: isStaff(request.user) }) }));

  app.post('/api/fairs', { config: { access: STAFF }, schema: { tags, summary: 'Create a fair (as a draft)', body: FairInput, response: { 201: Type.Object({ id: Type.String(), slug: Type.String() }), ...errors } } },
    async (request, reply) => reply.status(201).send(await createFair(database, actorOf(request), request.body)));

  app.get('/api/fairs/:fair', { config: { access: 'public', cache: true }, schema: { tags, summary: 'A fair by id or slug', params: FairKeyParams, response: { 200: Fair, ...errors } } },
    async (request) => {
      const fair = await findVisibleFair(db, request, request.params.fair);
      return getFair(db, fair.id);
    });

  app.patch('/api/fairs/:fair', { config: { access: STAFF }, schema: { tags, summary: 'Change a fair, its rules or its status', params: FairKeyParams, body: FairUpdate, response: NoContent } },
    async (request, reply) => {
      await updateFair(database, actorOf(request), request.params.fair, request.body);
      return reply.status(204).send(null);
    });

  app.get('/api/fairs/:fair/floor-plan', { config: { access: 'public', cache: true }, schema: { tags, summary: 'Stalls with neighbours and exhibitors', params: FairKeyParams, response: { 200: FloorPlan, ...errors } } },
    async (request) => getFloorPlan(db, (await findVisibleFair(db, request, request.params.fair)).id));

  app.get('/api/fairs/:fair/floor-plan/export', { config: { access: STAFF }, schema: { tags, summary: 'The floor plan as JSON, in the form PUT /floor-plan takes back', params: FairKeyParams, response: { 200: FloorPlanInput, ...errors } } },
    async (request, reply) => {
      const fair = await findVisibleFair(db, request, request.params.fair);
      const plan = await getFloorPlan(db, fair.id);
      reply.header('content-disposition', `attachment; filename="${fair.slug}-so-do.json"`);
      return { stalls: plan.stalls.map(({ id: _id, neighbours: _n, exhibitor: _e, ...shape }) => shape) };
    });

  app.get('/api/fairs/:fair/stalls/:stall/qr', { config: { access: 'public' }, schema: { tags, summary: "QR code (SVG) opening the stall's public page", params: StallParams, response: { 200: Type.Unsafe<string>({ type: 'string', description: 'image/svg+xml' }), ...errors } } },
    async (request, reply) => {
      const fair = await findVisibleFair(db, request, request.params.fair);
      const page = await getStallPage(db, fair.id, request.params.stall, clock.today());
      const base = app.config.publicUrl;
      return reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400')
        .send(await productQrSvg(`${base.replace(/\/$/, '')}/fairs/${fair.slug}/stalls/${page.stall.code}`));
    });

  app.put('/api/fairs/:fair/floor-plan', { config: { access: STAFF }, schema: { tags, summary: 'Replace the floor plan (JSON import)', params: FairKeyParams, body: FloorPlanInput, response: { 200: Type.Object({ stalls: Type.Integer() }), ...errors } } },
    async (request) => replaceFloorPlan(database, actorOf(request), request.params.fair, request.body.stalls));

  app.post('/api/fairs/:fair/floor-plan/generate', { config: { access: STAFF }, schema: { tags, summary: 'Lay out a walking street (replaces the plan)', params: FairKeyParams, body: GenerateStreetInput, response: { 200: Type.Object({ stalls: Type.Integer() }), ...errors } } },
    async (request) => replaceFloorPlan(database, actorOf(request), request.params.fair, layoutWalkingStreet(request.body)));

  app.patch('/api/fairs/:fair/stalls/:stall', { config: { access: STAFF }, schema: { tags, summary: 'Move or change one stall', params: StallIdParams, body: StallUpdate, response: NoContent } },
    async (request, reply) => {
      await updateStall(database, actorOf(request), request.params.fair, request.params.stall, request.body);
      return reply.status(204).send(null);
    });

  app.get('/api/fairs/:fair/stalls/:stall', { config: { access: 'public' }, schema: { tags, summary: "A stall's public page (by code): exhibitor and products", params: StallParams, response: { 200: StallPage, ...errors } } },
    async (request) => getStallPage(db, (await findVisibleFair(db, request, request.params.fair)).id, request.params.stall, clock.today()));

  app.post('/api/fairs/:fair/applications', { config: { access: EXHIBITORS }, schema: { tags, summary: 'Apply for 1 or 2 adjacent stalls', params: FairKeyParams, body: ApplicationInput, response: { 201: Type.Object({ id: Type.String() }), ...errors } } },
    async (request, reply) => {
      if (!request.user) throw unauthorized();
      return reply.status(201).send(await submitApplication(database, request.user, actorOf(request), request.params.fair, request.body));
    });

  app.get('/api/fairs/:fair/applications', { config: { access: EXHIBITORS }, schema: { tags, summary: "Applications (a producer sees its own)", params: FairKeyParams, querystring: ApplicationListQuery, response: { 200: ApplicationList, ...errors } } },
    async (request) => {
      const fair = await findVisibleFair(db, request, request.params.fair);
      const own = isStaff(request.user) ? {} : { producerId: request.user?.producerId ?? '00000000-0000-0000-0000-000000000000' };
      return listApplications(db, fair.id, { ...request.query, ...own });
    });

  app.post('/api/fairs/:fair/applications/:application/withdraw', { config: { access: EXHIBITORS }, schema: { tags, summary: 'Withdraw an application (its stalls are released)', params: ApplicationParams, response: NoContent } },
    async (request, reply) => {
      if (!request.user) throw unauthorized();
      await withdrawApplication(database, request.user, actorOf(request), request.params.fair, request.params.application);
      return reply.status(204).send(null);
    });

  app.post('/api/fairs/:fair/applications/decisions', { config: { access: STAFF }, schema: { tags, summary: 'Approve, reject or waitlist applications in bulk', params: FairKeyParams, body: DecisionInput, response: { 200: Type.Object({ updated: Type.Integer() }), ...errors } } },
    async (request) => decideApplications(database, actorOf(request), request.params.fair, request.body));

  const runs = new AllocationRuns(database);
  app.addHook('onClose', () => runs.close());
  const runView = async (request: { params: { fair: string; run: string } } & Parameters<typeof requestLanguage>[0]) =>
    toAllocationRun(await findAllocationRun(database, request.params.fair, request.params.run), requestLanguage(request));

  app.get('/api/fairs/:fair/allocation-runs', { config: { access: STAFF }, schema: { tags, summary: 'Recent allocation runs, newest first', params: FairKeyParams, response: { 200: Type.Object({ items: Type.Array(AllocationRun) }), ...errors } } },
    async (request) => ({ items: await listAllocationRuns(database, request.params.fair, requestLanguage(request)) }));

  app.post('/api/fairs/:fair/allocation-runs', { config: { access: STAFF }, schema: { tags, summary: 'Allocate stalls to every approved application within a time budget (default 10 s): progress in the run; written at the end, or proposed for review once the fair is published', params: FairKeyParams, body: Type.Optional(AllocationRunInput), response: { 202: AllocationRun, ...errors } } },
    async (request, reply) => {
      const { run, done } = await runs.start(actorOf(request), request.params.fair, request.body ?? {});
      done.catch((error: unknown) => request.log.error({ err: error }, 'allocation run failed to record its end'));
      return reply.status(202).send(toAllocationRun(await findAllocationRun(database, request.params.fair, run.id), requestLanguage(request)));
    });

  app.get('/api/fairs/:fair/allocation-runs/:run', { config: { access: STAFF }, schema: { tags, summary: 'An allocation run: progress (best plan and bound so far), report, proposed changes', params: AllocationRunParams, response: { 200: AllocationRun, ...errors } } },
    async (request) => runView(request));

  app.post('/api/fairs/:fair/allocation-runs/:run/stop', { config: { access: STAFF }, schema: { tags, summary: 'Stop a run early; it keeps the best plan found', params: AllocationRunParams, response: { 202: AllocationRun, ...errors } } },
    async (request, reply) => {
      await stopAllocationRun(database, request.params.fair, request.params.run);
      return reply.status(202).send(await runView(request));
    });

  app.post('/api/fairs/:fair/allocation-runs/:run/apply', { config: { access: STAFF }, schema: { tags, summary: "Apply a reviewed proposal (confirmed stalls never move)", params: AllocationRunParams, response: { 200: AllocationRun, ...errors } } },
    async (request) => {
      await applyAllocationProposal(database, actorOf(request), request.params.fair, request.params.run);
      return runView(request);
    });

  app.post('/api/fairs/:fair/allocation-runs/:run/discard', { config: { access: STAFF }, schema: { tags, summary: 'Set a proposal aside without changing any stall', params: AllocationRunParams, response: { 200: AllocationRun, ...errors } } },
    async (request) => {
      await discardAllocationProposal(database, actorOf(request), request.params.fair, request.params.run);
      return runView(request);
    });

  app.post('/api/fairs/:fair/stalls/:stall/hold', { config: { access: EXHIBITORS }, schema: { tags, summary: 'Hold a stall for an approved application until the deadline', params: StallIdParams, body: HoldInput, response: { 201: Type.Object({ id: Type.String(), holdExpiresAt: Type.String() }), ...errors } } },
    async (request, reply) => {
      if (!request.user) throw unauthorized();
      return reply.status(201).send(await holdStall(database, request.user, actorOf(request), request.params.fair, request.params.stall, request.body.applicationId));
    });

  app.post('/api/fairs/:fair/assignments/:assignment/confirm', { config: { access: EXHIBITORS }, schema: { tags, summary: 'Confirm an offered stall', params: AssignmentParams, response: NoContent } },
    async (request, reply) => {
      if (!request.user) throw unauthorized();
      await confirmAssignment(database, request.user, actorOf(request), request.params.fair, request.params.assignment);
      return reply.status(204).send(null);
    });

  app.delete('/api/fairs/:fair/assignments/:assignment', { config: { access: STAFF }, schema: { tags, summary: 'Release a stall', params: AssignmentParams, response: NoContent } },
    async (request, reply) => {
      await releaseAssignment(database, actorOf(request), request.params.fair, request.params.assignment);
      return reply.status(204).send(null);
    });

  app.post('/api/fairs/:fair/assignments/lock', { config: { access: STAFF }, schema: { tags, summary: 'Place an application by hand (kept by later allocations)', params: FairKeyParams, body: LockInput, response: NoContent } },
    async (request, reply) => {
      await lockAssignment(database, actorOf(request), request.params.fair, request.body.applicationId, request.body.stallIds);
      return reply.status(204).send(null);
    });

  app.get('/api/fairs/:fair/programme', { config: { access: 'public' }, schema: { tags, summary: 'The stage programme, by time', params: FairKeyParams, response: { 200: Type.Object({ items: Type.Array(ProgrammeItem) }), ...errors } } },
    async (request) => ({ items: await listProgramme(db, (await findVisibleFair(db, request, request.params.fair)).id) }));

  app.post('/api/fairs/:fair/programme', { config: { access: STAFF }, schema: { tags, summary: 'Add a stage item (overlaps on one stage are refused)', params: FairKeyParams, body: ProgrammeItemInput, response: { 201: ProgrammeItem, ...errors } } },
    async (request, reply) => reply.status(201).send(await addProgrammeItem(database, actorOf(request), request.params.fair, request.body)));

  app.delete('/api/fairs/:fair/programme/:item', { config: { access: STAFF }, schema: { tags, params: ProgrammeParams, response: NoContent } },
    async (request, reply) => {
      await removeProgrammeItem(database, actorOf(request), request.params.fair, request.params.item);
      return reply.status(204).send(null);
    });

  app.put('/api/fairs/:fair/reports', { config: { access: EXHIBITORS }, schema: { tags, summary: "An exhibitor's day: check-in and sales", params: FairKeyParams, body: DailyReportInput, response: NoContent } },
    async (request, reply) => {
      if (!request.user) throw unauthorized();
      await reportDay(database, request.user, actorOf(request), request.params.fair, request.body);
      return reply.status(204).send(null);
    });

  app.put('/api/fairs/:fair/visitors', { config: { access: STAFF }, schema: { tags, summary: "A day's visitor count", params: FairKeyParams, body: VisitorInput, response: NoContent } },
    async (request, reply) => {
      await recordVisitors(database, actorOf(request), request.params.fair, request.body);
      return reply.status(204).send(null);
    });

  app.get('/api/fairs/:fair/dashboard', { config: { access: STAFF }, schema: { tags, summary: 'Sales and visitors by day, zone, region, group and producer', params: FairKeyParams, response: { 200: FairDashboard, ...errors } } },
    async (request) => fairDashboard(db, await findVisibleFair(db, request, request.params.fair)));

  app.get('/api/fairs/:fair/dashboard/export', { config: { access: STAFF }, schema: { tags, summary: 'The dashboard as .xlsx', params: FairKeyParams, response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errors } } },
    async (request, reply) => {
      const fair = await findVisibleFair(db, request, request.params.fair);
      const workbook = await dashboardWorkbook(fair, await fairDashboard(db, fair));
      reply.header('content-disposition', `attachment; filename="${fair.slug}-bao-cao.xlsx"`);
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(workbook);
    });

  app.get('/api/fairs/:fair/report.pdf', { config: { access: STAFF }, schema: { tags, summary: 'The closing report: letterhead, key results, days and breakdowns, signatures, page numbers (PDF in the asker\'s language)', params: FairKeyParams, response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errors } } },
    async (request, reply) => {
      const fair = await findVisibleFair(db, request, request.params.fair);
      return sendPdf(reply, await closingReportPdf(fair, await fairDashboard(db, fair), requestLanguage(request)), `bao-cao-tong-ket-${fair.slug}.pdf`);
    });
};

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aFairWithStreet, anApplicant } from '../../../test/support/fair-fixtures.ts';
import { multipart, pdfDocument } from '../../../test/support/file-fixtures.ts';
import { aPoint, atStatus } from '../../../test/support/outlet-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addDays } from '../catalogue/domain/iso-date.ts';
import { clock } from '../../shared/time/clock.ts';

let t: TestApp;
let fair: { id: string; slug: string; startsOn: string };
let year: number;
const today = clock.today();
const project = (extra: Record<string, unknown> = {}) => ({
  title: { vi: 'Trung tâm thiết kế sáng tạo OCOP gắn với du lịch sinh thái', en: 'OCOP creative design centre linked to ecotourism' },
  owner: 'Sở Công Thương Hà Nội', partners: ['UBND xã Bát Tràng', 'Sở Du lịch'], status: 'in-progress',
  startsOn: addDays(today, -200), endsOn: addDays(today, 400),
  milestones: [
    { stage: 'proposal', dueOn: addDays(today, -180), doneOn: addDays(today, -185) },
    { stage: 'appraisal', dueOn: addDays(today, -90), doneOn: addDays(today, -80) },
    { stage: 'approval', dueOn: addDays(today, -10), doneOn: null },
    { stage: 'construction', dueOn: addDays(today, 200), doneOn: null },
    { stage: 'opening', dueOn: addDays(today, 390), doneOn: null },
  ],
  budgetLines: [
    { label: { vi: 'Cải tạo mặt bằng 500 m²', en: 'Refitting 500 m²' }, source: 'city', plannedVnd: 3_500_000_000, spentVnd: 1_200_000_000 },
    { label: { vi: 'Phòng chụp ảnh sản phẩm', en: 'Product photo studio' }, source: 'social', plannedVnd: 400_000_000, spentVnd: 0 },
  ],
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  fair = await aFairWithStreet(t.database, 'hoi-cho-chuong-trinh');
  await anApplicant(t.database, fair.id);
  year = Number(fair.startsOn.slice(0, 4));
  for (const status of ['operating', 'opened', 'candidate'] as const) await atStatus(t.database, (await aPoint(t.database)).id, status);
}, 60_000);
afterAll(() => t.close());

let projectId: string;

describe('the creative design centre project', () => {
  it('an organizer adds it with milestones and budget lines (audited); unpublished it is hidden from the public', async () => {
    const created = await t.request('organizer', { method: 'POST', url: '/api/programme/projects', payload: project() });
    expect(created.statusCode, created.body).toBe(201);
    projectId = created.json().id;
    const got = (await t.request('organizer', { method: 'GET', url: `/api/programme/projects/${created.json().slug}` })).json();
    expect(got.budget).toEqual({ plannedVnd: 3_900_000_000, spentVnd: 1_200_000_000 });
    expect(got.milestones.map((m: { stage: string; late: boolean }) => [m.stage, m.late])).toEqual([['proposal', false], ['appraisal', true], ['approval', true], ['construction', false], ['opening', false]]);
    expect((await t.request(null, { method: 'GET', url: `/api/programme/projects/${projectId}` })).statusCode).toBe(404);
    expect((await t.request('producer', { method: 'POST', url: '/api/programme/projects', payload: project() })).statusCode).toBe(403);
    const audit = (await t.request('admin', { method: 'GET', url: '/api/audit?action=programme-project.create' })).json();
    expect(audit.items.length).toBe(1);
  });

  it('refuses bad input with a code in the asked language and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ endsOn: addDays(today, -300) }, 'bad_dates'],
      [{ milestones: [{ stage: 'approval', dueOn: addDays(today, -30), doneOn: null }, { stage: 'proposal', dueOn: addDays(today, -10), doneOn: null }] }, 'milestones_out_of_order'],
      [{ milestones: [{ stage: 'proposal', dueOn: addDays(today, -30), doneOn: addDays(today, 2) }] }, 'done_in_future'],
      [{ pointId: '6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4' }, 'unknown_point'],
    ];
    for (const [extra, code] of cases) {
      const response = await t.request('organizer', { method: 'PUT', url: `/api/programme/projects/${projectId}`, payload: project({ ...extra, status: 'on-hold' }), headers: { 'accept-language': 'en' } });
      expect(response.statusCode, code).toBe(400);
      expect(response.json().error.code).toBe(code);
      expect(response.json().error.message).toMatch(/^[\x20-\x7e]+$/);
    }
    expect((await t.request('organizer', { method: 'GET', url: `/api/programme/projects/${projectId}` })).json().status).toBe('in-progress');
  });

  it('published with its appraisal report from the file storage, the public reads it; the document stays staff-only', async () => {
    const body = multipart([{ filename: 'tham-dinh.pdf', contentType: 'application/pdf', data: pdfDocument() }]);
    const uploaded = await t.request('organizer', { method: 'POST', url: '/api/files', payload: body.payload, headers: body.headers });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const documentUrl = `/api/files/${uploaded.json().files[0].id}`;
    const saved = await t.request('organizer', { method: 'PUT', url: `/api/programme/projects/${projectId}`, payload: project({ published: true, documents: [documentUrl] }) });
    expect(saved.statusCode, saved.body).toBe(204);
    expect((await t.request(null, { method: 'GET', url: '/api/programme/projects' })).json().items[0].documents).toEqual([]);
    expect((await t.request('organizer', { method: 'GET', url: `/api/programme/projects/${projectId}` })).json().documents).toEqual([documentUrl]);
    expect((await t.request('organizer', { method: 'GET', url: documentUrl })).statusCode).toBe(200);
    expect((await t.request(null, { method: 'GET', url: documentUrl })).statusCode).not.toBe(200);
  });
});

describe('the programme dashboard', () => {
  it("an organizer sets a fair's lead unit and budget; unknown activities are 404", async () => {
    const plan = (id: string) => t.request('organizer', { method: 'PUT', url: `/api/programme/activities/fair/${id}/plan`, payload: { owner: 'Trung tâm Xúc tiến Thương mại', budgetVnd: 1_500_000_000 } });
    expect((await plan(fair.id)).statusCode).toBe(204);
    expect((await plan(projectId)).statusCode).toBe(404);
  });

  it("adds up the modules' own figures: stalls and exhibitors from the fair, operating points from the points list, the project's budget", async () => {
    const response = await t.request('organizer', { method: 'GET', url: `/api/programme/dashboard?year=${year}` });
    expect(response.statusCode, response.body).toBe(200);
    const dashboard = response.json();
    const fairPage = (await t.request('organizer', { method: 'GET', url: `/api/fairs/${fair.slug}` })).json();
    const points = (await t.request('organizer', { method: 'GET', url: '/api/outlets/points?pageSize=200' })).json().items as { status: string }[];
    const projectYears = [Number(addDays(today, -200).slice(0, 4)), Number(addDays(today, 400).slice(0, 4))];
    const hasProject = year >= projectYears[0]! && year <= projectYears[1]!;
    expect(fairPage.figures.stalls).toBeGreaterThan(0);
    expect(dashboard.totals).toMatchObject({
      fairs: 1, stalls: fairPage.figures.stalls, exhibitors: fairPage.figures.exhibitors, visitors: fairPage.figures.visitors, fairSalesVnd: fairPage.figures.salesVnd,
      pointsOperating: points.filter((p) => p.status === 'operating' || p.status === 'opened').length,
      projects: hasProject ? 1 : 0, projectBudgetVnd: hasProject ? 3_900_000_000 : 0, budgetVnd: 1_500_000_000 + (hasProject ? 3_900_000_000 : 0),
    });
    expect(dashboard.totals.pointsOperating).toBe(2);
    const fairActivity = dashboard.activities.find((a: { kind: string }) => a.kind === 'fair');
    expect(fairActivity).toMatchObject({ owner: 'Trung tâm Xúc tiến Thương mại', budgetVnd: 1_500_000_000, startsOn: fair.startsOn });
    expect(dashboard.byMonth).toHaveLength(12);
    expect(dashboard.byKind.reduce((s: number, b: { activities: number }) => s + b.activities, 0)).toBe(dashboard.activities.length);
    expect(dashboard.byMonth.find((b: { key: string }) => b.key === fair.startsOn.slice(0, 7)).activities).toBeGreaterThanOrEqual(1);
    expect((await t.request('producer', { method: 'GET', url: '/api/programme/dashboard' })).statusCode).toBe(403);
  });

  it('exports the year as .xlsx and as a PDF report with embedded fonts, in Vietnamese and English', async () => {
    const xlsx = await t.request('organizer', { method: 'GET', url: `/api/programme/dashboard/export?year=${year}` });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Các hoạt động', 'Kết quả chính', 'Theo tháng', 'Theo loại hoạt động', 'Theo địa bàn']);
    const names = workbook.getWorksheet('Các hoạt động')!.getColumn(3).values.map(String);
    expect(names).toContain('Hội chợ OCOP vùng miền');
    for (const language of ['vi', 'en']) {
      const pdf = await t.request('organizer', { method: 'GET', url: `/api/programme/report.pdf?year=${year}`, headers: { 'accept-language': language } });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.rawPayload.includes('/FontFile2')).toBe(true);
    }
  });
});

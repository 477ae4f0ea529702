import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPoint, atStatus } from '../../../../test/support/outlet-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { clock, dayInVietnam } from '../../../shared/time/clock.ts';
import type { CertificateList, Course, CourseCompletion } from '../../training/contract.ts';
import { anOpenCourse, dayFromToday, type Call } from '../../training/test-support/training-fixtures.ts';
import type { Activity, ProgrammeDashboard } from '../contract.ts';

let t: TestApp;
let staff: Call;
let course: Course;
const slug = 'trung-bay-san-pham-ocop';
const base = `/api/training/courses/${slug}`;
/** Four sessions (75% needed): present/late count as attended. */
const MARKS = [
  ['present', 'present', 'late', 'present'], // 4/4: completes
  ['present', 'absent', 'present', 'present'], // 3/4: completes
  ['present', 'absent', 'excused', 'absent'], // 1/4: does not
];
const dashboardOf = async (year: number) => {
  const response = await staff({ method: 'GET', url: `/api/programme/dashboard?year=${year}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ProgrammeDashboard;
};

const courseYear = () => Number(course.sessions[0]!.day.slice(0, 4));
const workbookCells = async (year: number) => {
  const file = await staff({ method: 'GET', url: `/api/programme/dashboard/export?year=${year}` });
  expect(file.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
  return book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
};

beforeAll(async () => {
  t = await createTestApp();
  staff = (options) => t.request('organizer', options);
  course = await anOpenCourse(staff, slug, dayFromToday(-5), 4, { minAttendancePercent: 75 });
  const ids: string[] = [];
  for (const [i, name] of ['Nguyễn Thị Hoa', 'Trần Văn Nam', 'Lê Thị Mai'].entries()) {
    const enrolled = await staff({ method: 'POST', url: `${base}/enrolments`, payload: { fullName: name, audience: 'point-staff', email: `hv${i}@example.org` } });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    ids.push(enrolled.json().id);
  }
  for (const [index, session] of course.sessions.entries()) {
    const entries = ids.map((enrolmentId, i) => ({ enrolmentId, status: MARKS[i]![index]! }));
    expect((await staff({ method: 'PUT', url: `${base}/sessions/${session.id}/attendance`, payload: { entries } })).statusCode).toBe(204);
  }
  expect((await staff({ method: 'PATCH', url: base, payload: { status: 'running' } })).statusCode).toBe(204);
  expect((await staff({ method: 'POST', url: `${base}/certificates` })).statusCode).toBe(200);
}, 120_000);
afterAll(() => t.close());

describe('training courses on the programme dashboard', () => {
  it("counts a course's sessions, trainees, attendance, completion and certificates as the training module does", async () => {
    const dashboard = await dashboardOf(courseYear());
    const row = dashboard.activities.find((a: Activity) => a.kind === 'training' && a.id === course.id);
    const own = (await staff({ method: 'GET', url: `${base}/completion` })).json() as CourseCompletion;
    const detail = (await staff({ method: 'GET', url: base })).json() as Course;
    const certificates = (await staff({ method: 'GET', url: `${base}/certificates` })).json() as CertificateList;
    const completed = own.items.filter((i) => i.completed).length;
    expect(row?.results).toEqual({
      sessions: own.sessions, trainees: detail.enrolledCount, completed, attended: 4 + 3 + 1, attendancePercent: 66, completionPercent: 66,
      certificates: certificates.items.filter((c) => c.revokedAt === null).length,
    });
    expect([completed, detail.enrolledCount, certificates.items.length]).toEqual([2, 3, 2]);
    expect(dashboard.totals).toMatchObject({ courses: 1, trainees: 3, traineesCompleted: 2, attendancePercent: 66, completionPercent: 66, certificates: 2 });
    expect(dashboard.byKind.find((b) => b.key === 'training')?.activities).toBe(1);
  });

  it('leaves out draft courses and other years', async () => {
    const year = courseYear();
    expect((await dashboardOf(year - 3)).activities.filter((a) => a.kind === 'training')).toEqual([]);
    const draft = await staff({ method: 'POST', url: '/api/training/courses', payload: { slug: 'khoa-nhap', name: { vi: 'Khoá nháp', en: 'Draft' }, topic: 'display', audiences: ['producer'], capacity: 5 } });
    expect(draft.statusCode, draft.body).toBe(201);
    expect((await dashboardOf(year)).totals.courses).toBe(1);
  });
});

describe('opening ceremonies on the programme dashboard', () => {
  it('lists a point\'s ceremony in its year with the guests invited, in the .xlsx too', async () => {
    const point = await aPoint(t.database);
    await atStatus(t.database, point.id, 'approved');
    const startsAt = new Date(clock.now().getTime() + 86_400_000);
    const saved = await staff({ method: 'PUT', url: `/api/outlets/points/${point.id}/opening`, payload: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString() } });
    expect(saved.statusCode, saved.body).toBe(204);
    const guests = await staff({ method: 'POST', url: `/api/outlets/points/${point.id}/opening/guests`, payload: { guests: [{ name: 'Nguyễn Văn An' }, { name: 'Trần Thị Bình' }] } });
    expect(guests.statusCode, guests.body).toBeLessThan(300);
    const own = (await staff({ method: 'GET', url: `/api/outlets/points/${point.id}/opening` })).json() as { guests: unknown[] };
    const year = Number(dayInVietnam(startsAt).slice(0, 4));
    const dashboard = await dashboardOf(year);
    const row = dashboard.activities.find((a) => a.kind === 'opening' && a.id === point.id);
    expect(row).toMatchObject({ startsOn: dayInVietnam(startsAt), results: { guests: own.guests.length, operating: false } });
    expect(dashboard.totals).toMatchObject({ openings: 1, openingGuests: 2 });
    const cells = await workbookCells(year);
    expect(cells).toContain('Lễ khai trương điểm bán');
    expect(cells.some((c) => c.includes('2 khách mời'))).toBe(true);
    expect((await workbookCells(courseYear())).some((c) => c.includes('chuyên cần 66%'))).toBe(true);
  });
});

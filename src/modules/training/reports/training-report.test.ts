// The yearly training report: a course's seated trainees grouped by course, topic, audience,
// producer type and commune, with attendance and completion as the course's own rule counts them.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProducer } from '../../../../test/support/catalogue-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import type { Activity, ProgrammeDashboard } from '../../programme/contract.ts';
import type { Course, TrainingReport, TrainingReportRow } from '../contract.ts';
import { anOpenCourse, dayFromToday, type Call } from '../test-support/training-fixtures.ts';

let t: TestApp;
let staff: Call;
let display: Course;
let online: Course;
const year = () => Number(display.sessions[0]!.day.slice(0, 4));
const report = async (y = year()) => {
  const response = await staff({ method: 'GET', url: `/api/training/report?year=${y}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as TrainingReport;
};
const row = (rows: TrainingReportRow[], key: string) => rows.find((r) => r.key === key) ?? expect.fail(`no row ${key}`);

async function enrol(course: Course, fullName: string, extra: Record<string, unknown>): Promise<string> {
  const response = await staff({ method: 'POST', url: `/api/training/courses/${course.slug}/enrolments`, payload: { fullName, ...extra } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}
async function mark(course: Course, marks: Record<string, string[]>): Promise<void> {
  for (const [index, session] of course.sessions.entries()) {
    const entries = Object.entries(marks).map(([enrolmentId, statuses]) => ({ enrolmentId, status: statuses[index]! }));
    expect((await staff({ method: 'PUT', url: `/api/training/courses/${course.slug}/sessions/${session.id}/attendance`, payload: { entries } })).statusCode).toBe(204);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  staff = (options) => t.request('organizer', options);
  // Both courses lie in one year whatever the day the suite runs: early in January they go back into December.
  const start = dayFromToday(0).slice(5) < '01-20' ? -30 : -12;
  display = await anOpenCourse(staff, 'trung-bay-gian-hang', dayFromToday(start), 4, { topic: 'display', minAttendancePercent: 75 });
  online = await anOpenCourse(staff, 'ban-hang-truc-tuyen', dayFromToday(start + 1), 2, { topic: 'online-selling', minAttendancePercent: 100 });
  const cooperative = await aProducer(t.database, { name: 'HTX Gốm Bát Tràng', address: 'Bát Tràng', type: 'cooperative' });
  const household = await aProducer(t.database, { name: 'Hộ Nguyễn Văn An', address: 'Vạn Phúc', type: 'household' });
  const hoa = await enrol(display, 'Nguyễn Thị Hoa', { audience: 'producer', producerId: cooperative.id, commune: 'Xã Bát Tràng' });
  const an = await enrol(display, 'Nguyễn Văn An', { audience: 'producer', producerId: household.id, commune: 'Phường Hà Đông' });
  const mai = await enrol(display, 'Lê Thị Mai', { audience: 'guide', commune: 'Xã Bát Tràng' });
  await mark(display, { [hoa]: ['present', 'present', 'late', 'present'], [an]: ['present', 'absent', 'present', 'present'], [mai]: ['present', 'absent', 'excused', 'absent'] });
  const hoaOnline = await enrol(online, 'Nguyễn Thị Hoa', { audience: 'producer', producerId: cooperative.id, commune: 'Xã Bát Tràng' });
  const lan = await enrol(online, 'Phạm Thị Lan', { audience: 'point-staff' });
  await mark(online, { [hoaOnline]: ['present', 'present'], [lan]: ['present', 'absent'] });
  // A trainee who cancels takes no seat in the figures.
  const gone = await enrol(online, 'Đỗ Văn Hùng', { audience: 'guide', commune: 'Xã Bát Tràng' });
  expect((await staff({ method: 'POST', url: `/api/training/courses/${online.slug}/enrolments/${gone}/cancel` })).statusCode).toBe(200);
  for (const course of [display, online]) {
    expect((await staff({ method: 'PATCH', url: `/api/training/courses/${course.slug}`, payload: { status: 'running' } })).statusCode).toBe(204);
    expect((await staff({ method: 'POST', url: `/api/training/courses/${course.slug}/certificates` })).statusCode).toBe(200);
  }
}, 120_000);
afterAll(() => t.close());

describe('the training report of a year', () => {
  it('counts each course: seated trainees, attendance over trainees × sessions, completion by its rule, certificates', async () => {
    const { byCourse } = await report();
    // 4 + 3 + 1 of 12 sessions attended; Hoa and An reach 75%, Mai does not.
    expect(row(byCourse, 'trung-bay-gian-hang')).toMatchObject({ courses: 1, trainees: 3, attendancePercent: 66, completed: 2, completionPercent: 66, certificates: 2 });
    // 3 of 4; only Hoa attended both (100% needed).
    expect(row(byCourse, 'ban-hang-truc-tuyen')).toMatchObject({ courses: 1, trainees: 2, attendancePercent: 75, completed: 1, completionPercent: 50, certificates: 1 });
  });

  it('groups the seats by topic, audience, producer type and commune, every topic and audience listed', async () => {
    const r = await report();
    expect(r.totals).toEqual({ courses: 2, trainees: 5, attendancePercent: 68, completed: 3, completionPercent: 60, certificates: 3 });
    expect(r.byTopic.map((x) => x.key)).toEqual(['storytelling', 'visitor-service', 'display', 'online-selling', 'foreign-language']);
    expect(row(r.byTopic, 'storytelling')).toMatchObject({ courses: 0, trainees: 0, attendancePercent: 0 });
    expect(row(r.byTopic, 'display')).toMatchObject({ courses: 1, trainees: 3, label: { vi: 'Trưng bày', en: 'Display' } });
    expect(row(r.byAudience, 'producer')).toMatchObject({ courses: 2, trainees: 3, completed: 3 });
    expect(row(r.byAudience, 'guide')).toMatchObject({ trainees: 1, completed: 0 });
    expect(row(r.byAudience, 'point-staff')).toMatchObject({ trainees: 1, completed: 0, attendancePercent: 50 });
    expect(row(r.byProducerType, 'cooperative')).toMatchObject({ courses: 2, trainees: 2, completed: 2, certificates: 2, label: { vi: 'Hợp tác xã', en: 'Cooperative' } });
    expect(row(r.byProducerType, 'household')).toMatchObject({ trainees: 1 });
    expect(row(r.byProducerType, 'none')).toMatchObject({ trainees: 2, completed: 0 });
    // Communes with the most trainees first; an empty commune is said so.
    expect(r.byCommune.map((x) => [x.key, x.trainees])).toEqual([['Xã Bát Tràng', 3], ['', 1], ['Phường Hà Đông', 1]]);
    expect(row(r.byCommune, '').label.vi).toBe('Chưa ghi xã, phường');
  });

  it('agrees with the programme dashboard, and is empty for a year without courses', async () => {
    const dashboard = (await staff({ method: 'GET', url: `/api/programme/dashboard?year=${year()}` })).json() as ProgrammeDashboard;
    const r = await report();
    for (const course of r.byCourse) {
      const activity = dashboard.activities.find((a: Activity) => a.kind === 'training' && a.slug === course.key) ?? expect.fail(course.key);
      expect(activity.results).toMatchObject({ trainees: course.trainees, completed: course.completed, attendancePercent: course.attendancePercent, completionPercent: course.completionPercent, certificates: course.certificates });
    }
    const none = await report(year() - 5);
    expect(none.totals).toEqual({ courses: 0, trainees: 0, attendancePercent: 0, completed: 0, completionPercent: 0, certificates: 0 });
    expect(none.byCourse).toEqual([]);
  });

  it('exports a sheet per grouping, in the asker\'s language, with the totals', async () => {
    const file = await t.request('organizer', { method: 'GET', url: `/api/training/report.xlsx?year=${year()}`, headers: { 'accept-language': 'en' } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain(`training-report-${year()}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['By course', 'By topic', 'By audience', 'By producer type', 'By commune']);
    const topics = book.getWorksheet('By topic')!;
    const values = topics.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(values).toContainEqual(['Display', 1, 3, 66, 2, 66, 2]);
    expect(values.at(-1)).toEqual(['Total', 2, 5, 68, 3, 60, 3]);
  });

  it('is for staff only', async () => {
    expect((await t.request('producer', { method: 'GET', url: '/api/training/report' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/training/report.xlsx' })).statusCode).toBe(401);
  });
});

import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../server/db/rows.ts';
import { enqueueJob, recurringJobs } from '../../../server/jobs/jobs.ts';
import { runDueJobs } from '../../../server/jobs/run-due-jobs.ts';
import { clockFromEnvironment, setClock } from '../../../shared/time/clock.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { aCertifiedProducer, signInAs } from '../../trade/test-support/conference-fixtures.ts';
import type { CheckInCode, Course, EnrolmentList, SessionAttendance } from '../contract.ts';
import { sendSessionReminders } from '../reminders/session-reminders.ts';
import { SESSION_REMINDERS_JOB } from '../reminders/session-reminders-job.ts';
import { anOpenCourse, at, dayFromToday, minutes, type Call } from '../test-support/training-fixtures.ts';

let t: TestApp;
let staff: Call;
let course: Course;
/** t[0], t[1] seated; t[2] on the waiting list; t[3] not enrolled. */
const trainees: Call[] = [];
const enrolmentOf: string[] = [];
const slug = 'phuc-vu-du-khach';
const base = `/api/training/courses/${slug}`;
const sessionA = () => course.sessions[0]!;
const sessionB = () => course.sessions[1]!;
const startOf = (s: { startsAtInstant: string }) => new Date(s.startsAtInstant).getTime();
const endOf = (s: { endsAtInstant: string }) => new Date(s.endsAtInstant).getTime();

const codeOf = async (sessionId: string) => {
  const response = await staff({ method: 'GET', url: `${base}/sessions/${sessionId}/check-in-code` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as CheckInCode;
};
const checkIn = (who: Call, sessionId: string, token: string, payload: Record<string, unknown> = {}) =>
  who({ method: 'POST', url: `${base}/sessions/${sessionId}/check-in`, payload: { token, ...payload }, headers: { 'accept-language': 'en' } });
const attendanceOf = async (sessionId: string) => (await staff({ method: 'GET', url: `${base}/sessions/${sessionId}/attendance` })).json() as SessionAttendance;

beforeAll(async () => {
  t = await createTestApp();
  staff = (options) => t.request('organizer', options);
  course = await anOpenCourse(staff, slug, dayFromToday(2), 2, { capacity: 2 });
  for (let i = 0; i < 4; i++) trainees.push(await signInAs(t, 'producer', { producerId: (await aCertifiedProducer(t)).producerId }));
  for (let i = 0; i < 3; i++) {
    const enrolled = await trainees[i]!({ method: 'POST', url: `${base}/enrol` });
    expect(enrolled.json().status).toBe(i < 2 ? 'enrolled' : 'waitlisted');
    enrolmentOf.push(enrolled.json().id);
  }
  expect((await staff({ method: 'PATCH', url: base, payload: { status: 'running' } })).statusCode).toBe(204);
}, 120_000);
afterAll(async () => {
  setClock(clockFromEnvironment(process.env.OCOP_NOW));
  await t.close();
});

describe('session reminders', () => {
  it('remind the seated trainees of a session starting within 24 hours, once', async () => {
    expect(recurringJobs().map((j) => j.kind)).toContain(SESSION_REMINDERS_JOB.kind);
    expect(await sendSessionReminders(t.database, new Date(startOf(sessionA()) - minutes(24 * 60 + 1)))).toEqual({ sessions: 0, trainees: 0 });
    // Through the job runner, as every app process runs it.
    const dayBefore = new Date(startOf(sessionA()) - minutes(23 * 60));
    await enqueueJob(t.database.db, SESSION_REMINDERS_JOB.kind, { uniqueKey: `recurring:${SESSION_REMINDERS_JOB.kind}`, runAt: dayBefore });
    expect(await runDueJobs(t.database, { now: dayBefore, workerId: 'test' })).toMatchObject({ claimed: 1, done: 1 });
    expect(await sendSessionReminders(t.database, new Date(startOf(sessionA()) - minutes(60)))).toEqual({ sessions: 0, trainees: 0 });
    const inbox = async (who: Call) => ((await who({ method: 'GET', url: '/api/notifications', headers: { 'accept-language': 'en' } })).json() as { items: { text: string }[] }).items
      .filter((n) => n.text.startsWith('Reminder: a session of')).length;
    expect(await Promise.all(trainees.map(inbox))).toEqual([1, 1, 0, 0]);
    // The next day's session is reminded on its own turn; a session already started is not.
    expect(await sendSessionReminders(t.database, new Date(startOf(sessionB()) - minutes(10)))).toEqual({ sessions: 1, trainees: 2 });
    const audit = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'training-session.remind'`);
    expect(audit[0]!.n).toBe(2);
  });
});

describe('self check-in with the rotating QR code', () => {
  it('is closed until 30 minutes before the start, then a trainee checking in before the start plus 15 minutes is present', async () => {
    at(startOf(sessionA()) - minutes(31));
    const early = await codeOf(sessionA().id);
    expect(early).toMatchObject({ open: false, checkInOpensAt: new Date(startOf(sessionA()) - minutes(30)).toISOString() });
    expect(early.url).toBe(`${t.app.config.publicUrl.replace(/\/$/, '')}/training/${slug}/check-in/${sessionA().id}?token=${early.token}`);
    expect(early.qrSvg).toMatch(/^<svg/);
    const closed = await checkIn(trainees[0]!, sessionA().id, early.token);
    expect([closed.statusCode, closed.json().error.code]).toEqual([409, 'check_in_closed']);

    at(startOf(sessionA()) - minutes(10));
    const code = await codeOf(sessionA().id);
    expect(code.open).toBe(true);
    const first = await checkIn(trainees[0]!, sessionA().id, code.token);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'present', alreadyRecorded: false });
    expect((await checkIn(trainees[0]!, sessionA().id, code.token)).json()).toMatchObject({ status: 'present', alreadyRecorded: true });
  });

  it('changes every minute: the previous minute\'s code still works, the one before it does not', async () => {
    at(startOf(sessionA()) + minutes(5) + 30_000);
    const shown = await codeOf(sessionA().id);
    expect(new Date(shown.refreshAt).getTime()).toBe(startOf(sessionA()) + minutes(6));
    at(startOf(sessionA()) + minutes(6));
    const next = await codeOf(sessionA().id);
    expect(next.token).not.toBe(shown.token);
    at(startOf(sessionA()) + minutes(7));
    const stale = await checkIn(trainees[1]!, sessionA().id, shown.token);
    expect([stale.statusCode, stale.json().error.code]).toEqual([400, 'token_expired']);
    expect(stale.json().error.message).toMatch(/expired/);
    const forged = await checkIn(trainees[1]!, sessionA().id, 'AAAAAAAAAAAAAAAAAAAAAA');
    expect(forged.json().error.code).toBe('bad_token');
    const otherSession = await codeOf(sessionB().id);
    expect((await checkIn(trainees[1]!, sessionA().id, otherSession.token)).json().error.code).toBe('bad_token');
    expect((await attendanceOf(sessionA().id)).counts).toMatchObject({ present: 1, unrecorded: 1 });
    at(startOf(sessionA()) + minutes(6) + 59_999);
    expect((await checkIn(trainees[1]!, sessionA().id, shown.token)).json()).toMatchObject({ status: 'present', alreadyRecorded: false });
  });

  it('closes when the session ends', async () => {
    at(endOf(sessionA()));
    expect((await codeOf(sessionA().id)).open).toBe(true);
    at(endOf(sessionA()) + 1000);
    const code = await codeOf(sessionA().id);
    expect(code.open).toBe(false);
    expect((await checkIn(trainees[0]!, sessionA().id, code.token)).json().error.code).toBe('check_in_closed');
  });

  it('marks late after the start plus the 15-minute grace', async () => {
    at(startOf(sessionB()) + minutes(15));
    expect((await checkIn(trainees[0]!, sessionB().id, (await codeOf(sessionB().id)).token)).json()).toMatchObject({ status: 'present' });
    at(startOf(sessionB()) + minutes(15) + 1000);
    expect((await checkIn(trainees[1]!, sessionB().id, (await codeOf(sessionB().id)).token)).json()).toMatchObject({ status: 'late' });
    const list = await attendanceOf(sessionB().id);
    expect(list.counts).toEqual({ present: 1, late: 1, excused: 0, absent: 0, unrecorded: 0 });
    expect(list.items.every((i) => i.method === 'qr')).toBe(true);
    const audit = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'training-attendance.check-in' AND entity_id = ${sessionB().id}`);
    expect(audit[0]!.n).toBe(2);
  });

  it('checks in only the signed-in trainee\'s own seat', async () => {
    at(startOf(sessionB()) + minutes(20));
    const { token } = await codeOf(sessionB().id);
    const stranger = await checkIn(trainees[3]!, sessionB().id, token);
    expect([stranger.statusCode, stranger.json().error.code]).toEqual([403, 'not_enrolled']);
    const waiting = await checkIn(trainees[2]!, sessionB().id, token);
    expect([waiting.statusCode, waiting.json().error.code]).toEqual([409, 'not_seated']);
    // Naming someone else's enrolment is not part of the request.
    expect((await checkIn(trainees[3]!, sessionB().id, token, { enrolmentId: enrolmentOf[0] })).statusCode).toBe(400);
    expect((await t.request('organizer', { method: 'POST', url: `${base}/sessions/${sessionB().id}/check-in`, payload: { token } })).json().error.code).toBe('not_enrolled');
    expect((await t.request(null, { method: 'POST', url: `${base}/sessions/${sessionB().id}/check-in`, payload: { token } })).statusCode).toBe(401);
    // Trainees neither see the code nor set attendance.
    expect((await trainees[0]!({ method: 'GET', url: `${base}/sessions/${sessionB().id}/check-in-code` })).statusCode).toBe(403);
    const producerSets = await trainees[0]!({ method: 'PUT', url: `${base}/sessions/${sessionB().id}/attendance`, payload: { entries: [{ enrolmentId: enrolmentOf[1], status: 'absent' }] } });
    expect(producerSets.statusCode).toBe(403);
    expect((await t.request('producer', { method: 'PUT', url: `${base}/sessions/${sessionB().id}/attendance`, payload: { entries: [{ enrolmentId: enrolmentOf[1], status: 'absent' }] } })).statusCode).toBe(403);
    expect((await attendanceOf(sessionB().id)).counts).toMatchObject({ present: 1, late: 1, absent: 0 });
  });
});

describe("the organizer's attendance list", () => {
  it('sets any status for seated trainees, all entries or none, replacing a scan', async () => {
    const url = `${base}/sessions/${sessionA().id}/attendance`;
    const refused = await staff({ method: 'PUT', url, payload: { entries: [{ enrolmentId: enrolmentOf[0], status: 'absent' }, { enrolmentId: enrolmentOf[2], status: 'present' }] } });
    expect([refused.statusCode, refused.json().error.code, refused.json().error.details]).toEqual([409, 'not_seated', { enrolmentIds: [enrolmentOf[2]] }]);
    expect((await attendanceOf(sessionA().id)).items.find((i) => i.enrolmentId === enrolmentOf[0])?.status).toBe('present');
    expect((await staff({ method: 'PUT', url, payload: { entries: [{ enrolmentId: enrolmentOf[1], status: 'excused' }] } })).statusCode).toBe(204);
    const list = await attendanceOf(sessionA().id);
    expect(list.counts).toEqual({ present: 1, late: 0, excused: 1, absent: 0, unrecorded: 0 });
    expect(list.items.find((i) => i.enrolmentId === enrolmentOf[1])).toMatchObject({ status: 'excused', method: 'organizer' });
    // A scan after the organizer's entry changes nothing.
    at(startOf(sessionA()) + minutes(30));
    expect((await checkIn(trainees[1]!, sessionA().id, (await codeOf(sessionA().id)).token)).json()).toMatchObject({ status: 'excused', alreadyRecorded: true });
  });

  it('exports attendance per session with the completion as .xlsx', async () => {
    const response = await staff({ method: 'GET', url: `${base}/attendance.xlsx` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(2).slice(0, 2)).toEqual(['STT', 'Họ và tên']);
    const enrolled = ((await staff({ method: 'GET', url: `${base}/enrolments` })).json() as EnrolmentList).items.filter((e) => e.status === 'enrolled');
    const dataRows = [values(3), values(4)];
    expect(dataRows.map((r) => r[1]).sort()).toEqual(enrolled.map((e) => e.fullName).sort());
    const second = dataRows.find((r) => r[1] === enrolled.find((e) => e.id === enrolmentOf[1])!.fullName)!;
    expect(second.slice(6, 10)).toEqual(['Vắng có phép', 'Đến muộn', 1, 50]);
  });
});

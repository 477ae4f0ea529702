import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../server/db/rows.ts';
import { clock, clockFromEnvironment, setClock } from '../../../shared/time/clock.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { aCertifiedProducer, signInAs } from '../../trade/test-support/conference-fixtures.ts';
import type { CertificateCheck, CertificateList, Course, CourseCompletion, IssueResult } from '../contract.ts';
import type { AttendanceStatus } from '../domain/values.ts';
import { anOpenCourse, dayFromToday, type Call } from '../test-support/training-fixtures.ts';

let t: TestApp;
let staff: Call;
let course: Course;
const slug = 'ke-chuyen-lang-nghe';
const base = `/api/training/courses/${slug}`;
const trainees: Call[] = [];
const ids: Record<string, string> = {};

/** Five sessions; 80% and a final assessment needed. */
const MARKS: Record<string, AttendanceStatus[]> = {
  exactly80: ['present', 'late', 'present', 'present', 'absent'],
  below: ['present', 'present', 'present', 'excused', 'absent'],
  failedTest: ['present', 'present', 'present', 'present', 'present'],
  noTest: ['present', 'present', 'present', 'present', 'present'],
  guest: ['present', 'present', 'late', 'present', 'excused'],
};
const ASSESSMENT: Record<string, boolean | null> = { exactly80: true, below: true, failedTest: false, noTest: null, guest: true };
const issue = async () => {
  const response = await staff({ method: 'POST', url: `${base}/certificates` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as IssueResult;
};
const check = (code: string, language = 'vi') => t.request(null, { method: 'GET', url: `/api/training/certificates/${code}`, headers: { 'accept-language': language } });
const pdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

beforeAll(async () => {
  t = await createTestApp();
  staff = (options) => t.request('organizer', options);
  course = await anOpenCourse(staff, slug, dayFromToday(-6), 5, { minAttendancePercent: 80, assessmentRequired: true });
  for (const key of ['exactly80', 'below', 'failedTest', 'noTest']) {
    const call = await signInAs(t, 'producer', { producerId: (await aCertifiedProducer(t)).producerId });
    trainees.push(call);
    ids[key] = (await call({ method: 'POST', url: `${base}/enrol` })).json().id;
  }
  const guest = await staff({ method: 'POST', url: `${base}/enrolments`, payload: { fullName: 'Nguyễn Thị Ánh Tuyết', audience: 'guide', email: 'tuyet@example.org', commune: 'Vạn Phúc' } });
  ids.guest = guest.json().id;
  for (const [index, session] of course.sessions.entries()) {
    const entries = Object.entries(MARKS).map(([key, marks]) => ({ enrolmentId: ids[key]!, status: marks[index]! }));
    expect((await staff({ method: 'PUT', url: `${base}/sessions/${session.id}/attendance`, payload: { entries } })).statusCode).toBe(204);
  }
  for (const [key, passed] of Object.entries(ASSESSMENT)) {
    if (passed !== null) expect((await staff({ method: 'PUT', url: `${base}/enrolments/${ids[key]}/assessment`, payload: { passed } })).statusCode).toBe(204);
  }
}, 120_000);
afterAll(async () => {
  setClock(clockFromEnvironment(process.env.OCOP_NOW));
  await t.close();
});

describe('completion and certificates', () => {
  it('judges each trainee against the rule: exactly 80% is enough, excused is not attended, the assessment must be passed', async () => {
    const completion = (await staff({ method: 'GET', url: `${base}/completion` })).json() as CourseCompletion;
    const byKey = Object.fromEntries(Object.entries(ids).map(([key, id]) => [key, completion.items.find((i) => i.enrolmentId === id)!]));
    expect(completion).toMatchObject({ minAttendancePercent: 80, assessmentRequired: true, sessions: 5 });
    expect(byKey.exactly80).toMatchObject({ attended: 4, attendancePercent: 80, completed: true, gaps: [] });
    expect(byKey.below).toMatchObject({ attended: 3, attendancePercent: 60, completed: false, gaps: ['attendance'] });
    expect(byKey.failedTest).toMatchObject({ attendancePercent: 100, completed: false, gaps: ['assessment'] });
    expect(byKey.noTest).toMatchObject({ assessmentPassed: null, completed: false, gaps: ['assessment'] });
    expect(byKey.guest).toMatchObject({ attended: 4, completed: true });
  });

  it('are issued only once the course runs, to those who completed, and issuing again changes nothing', async () => {
    const early = await staff({ method: 'POST', url: `${base}/certificates` });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'course_status']);
    expect((await staff({ method: 'PATCH', url: base, payload: { status: 'running' } })).statusCode).toBe(204);
    // Two organizers at once: the course row makes them take turns, each certificate is issued once.
    const both = await Promise.all([issue(), issue()]);
    const first = both.find((r) => r.issued.length > 0)!;
    expect(first.issued.map((i) => i.enrolmentId).sort()).toEqual([ids.exactly80, ids.guest].sort());
    expect(first).toMatchObject({ alreadyIssued: 0, notCompleted: 3 });
    expect(both.find((r) => r !== first)).toEqual({ issued: [], alreadyIssued: 2, notCompleted: 3 });
    for (const { code } of first.issued) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{20}$/);
    expect(await issue()).toEqual({ issued: [], alreadyIssued: 2, notCompleted: 3 });
    // The assessment taken later: the next run issues that one only.
    expect((await staff({ method: 'PUT', url: `${base}/enrolments/${ids.noTest}/assessment`, payload: { passed: true } })).statusCode).toBe(204);
    expect((await staff({ method: 'PATCH', url: base, payload: { status: 'completed' } })).statusCode).toBe(204);
    const later = await issue();
    expect(later.issued.map((i) => i.enrolmentId)).toEqual([ids.noTest]);
    expect(later).toMatchObject({ alreadyIssued: 2, notCompleted: 2 });
    const audit = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'training-certificate.issue'`);
    expect(audit[0]!.n).toBe(3);
    const mine = (await trainees[0]!({ method: 'GET', url: '/api/training/my-certificates' })).json() as CertificateList;
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ enrolmentId: ids.exactly80, attendancePercent: 80, issuedOn: clock.today(), revokedAt: null });
    expect(((await trainees[1]!({ method: 'GET', url: '/api/training/my-certificates' })).json() as CertificateList).items).toEqual([]);
  });

  it('are checked by anyone without signing in, the code typed in any case with dashes', async () => {
    const [certificate] = ((await staff({ method: 'GET', url: `${base}/certificates` })).json() as CertificateList).items.filter((c) => c.enrolmentId === ids.guest);
    const code = certificate!.code;
    const response = await check(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as CertificateCheck;
    expect(body).toMatchObject({ code, status: 'valid', holderName: 'Nguyễn Thị Ánh Tuyết', course: { slug }, attendancePercent: 80, revokedAt: null, revokedReason: null });
    expect(body.verifyUrl).toBe(`${t.app.config.publicUrl.replace(/\/$/, '')}/training/certificates/${code}`);
    expect(body.message).toMatch(/^Chứng nhận hợp lệ/);
    const unknown = await check('ABCDEFGHJKLMNPQRSTUV', 'en');
    expect([unknown.statusCode, unknown.json().error.code, unknown.json().error.message]).toEqual([404, 'not_found', 'No training certificate has this code']);
    expect((await check('x')).statusCode).toBe(400);
  });

  it('stay verifiable after a revocation, which says when and why', async () => {
    const [certificate] = ((await trainees[0]!({ method: 'GET', url: '/api/training/my-certificates' })).json() as CertificateList).items;
    const code = certificate!.code;
    expect((await trainees[0]!({ method: 'POST', url: `/api/training/certificates/${code}/revoke`, payload: { reason: 'x' } })).statusCode).toBe(403);
    const reason = 'Điểm danh hộ người khác';
    expect((await staff({ method: 'POST', url: `/api/training/certificates/${code}/revoke`, payload: { reason } })).statusCode).toBe(204);
    const body = (await check(code, 'en')).json() as CertificateCheck;
    expect(body).toMatchObject({ status: 'revoked', revokedOn: clock.today(), revokedReason: reason });
    expect(body.message).toContain('revoked on');
    const again = await staff({ method: 'POST', url: `/api/training/certificates/${code}/revoke`, payload: { reason } });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'already_revoked']);
    // A revoked certificate is not issued again.
    expect((await issue()).issued).toEqual([]);
    const audit = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'training-certificate.revoke' AND changes->>'revokedReason' = ${reason}`);
    expect(audit[0]!.n).toBe(1);
  });

  it('print as a PDF in Vietnamese or English for the holder and staff only', async () => {
    const [certificate] = ((await trainees[3]!({ method: 'GET', url: '/api/training/my-certificates' })).json() as CertificateList).items;
    const code = certificate!.code;
    const vi = await trainees[3]!({ method: 'GET', url: `/api/training/certificates/${code}/pdf` });
    expect(vi.statusCode).toBe(200);
    expect(vi.headers['content-type']).toBe('application/pdf');
    expect(vi.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await trainees[0]!({ method: 'GET', url: `/api/training/certificates/${code}/pdf` })).statusCode).toBe(403);
    const en = await staff({ method: 'GET', url: `/api/training/certificates/${code}/pdf?lang=en` });
    expect(en.statusCode).toBe(200);
    if (!pdftotext) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'training-pdf-'));
    const text = (pdf: Buffer, name: string) => {
      fs.writeFileSync(path.join(dir, name), pdf);
      return execFileSync('pdftotext', ['-layout', path.join(dir, name), '-'], { encoding: 'utf8' });
    };
    const viText = text(vi.rawPayload, 'vi.pdf');
    expect(viText).toContain('GIẤY CHỨNG NHẬN HOÀN THÀNH KHOÁ TẬP HUẤN');
    expect(viText).toContain('Phục vụ du khách tại làng nghề');
    expect(viText).toContain(code);
    expect(text(en.rawPayload, 'en.pdf')).toContain('CERTIFICATE OF TRAINING COMPLETION');
    // The first page as an image, to look at (test-artifacts/ is not committed).
    const artifacts = path.resolve('test-artifacts/pdf');
    fs.mkdirSync(artifacts, { recursive: true });
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', path.join(dir, 'vi.pdf'), path.join(artifacts, 'training-certificate-vi')]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

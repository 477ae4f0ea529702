// Trainees an organizer enrolled by name and e-mail, with no account, are reminded by e-mail.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../../server/jobs/run-due-jobs.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { setMailTransport, type MailTransport } from '../../notifications/mailer.ts';
import type { Course } from '../contract.ts';
import { anOpenCourse, dayFromToday, minutes, type Call } from '../test-support/training-fixtures.ts';
import { sendSessionReminders } from './session-reminders.ts';

let t: TestApp;
let staff: Call;
let course: Course;
const sent: Parameters<MailTransport['send']>[0][] = [];
const recorder: MailTransport = { send: async (message) => void sent.push(message) };
const startOf = (i: number) => new Date(course.sessions[i]!.startsAtInstant).getTime();
const runJobs = (at: number) => runDueJobs(t.database, { now: new Date(at + minutes(5)), workerId: 'test' });

beforeAll(async () => {
  t = await createTestApp();
  staff = (options) => t.request('organizer', options);
  course = await anOpenCourse(staff, 'ke-chuyen-gom', dayFromToday(3), 2);
  for (const [fullName, email] of [['Lê Thị Mai', 'mai.hdv@example.org'], ['Trần Văn Nam', '']]) {
    const enrolled = await staff({ method: 'POST', url: `/api/training/courses/${course.slug}/enrolments`, payload: { fullName, audience: 'guide', email } });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
  }
}, 120_000);
afterAll(() => t.close());
afterEach(() => {
  setMailTransport(null);
  sent.length = 0;
});

describe('reminders for trainees without an account', () => {
  it('e-mail those with an address once, in Vietnamese then English, when SMTP is configured', async () => {
    setMailTransport(recorder, 'https://ocop.hanoi.example');
    const dayBefore = startOf(0) - minutes(20 * 60);
    expect(await sendSessionReminders(t.database, new Date(dayBefore))).toEqual({ sessions: 1, trainees: 1 });
    expect(sent).toHaveLength(0); // queued in the transaction, sent by the job
    await runJobs(dayBefore);
    expect(sent.map((m) => m.to)).toEqual(['mai.hdv@example.org']);
    const [mail] = sent;
    expect(mail!.subject).toContain('Nhắc lịch: buổi học khoá "Phục vụ du khách tại làng nghề"');
    expect(mail!.text).toMatch(/Xin chào Lê Thị Mai,[\s\S]*Hello Lê Thị Mai,[\s\S]*Reminder: a session of "Serving visitors in craft villages"/);
    expect(mail!.text).toContain(`https://ocop.hanoi.example/training/${course.slug}`);
    // The same session is not reminded twice.
    expect(await sendSessionReminders(t.database, new Date(dayBefore + minutes(60)))).toEqual({ sessions: 0, trainees: 0 });
    await runJobs(dayBefore + minutes(60));
    expect(sent).toHaveLength(1);
  });

  it('queue nothing without SMTP: the session is still reminded for those with an account', async () => {
    const dayBefore = startOf(1) - minutes(20 * 60);
    expect(await sendSessionReminders(t.database, new Date(dayBefore))).toEqual({ sessions: 1, trainees: 0 });
    await runJobs(dayBefore);
    expect(sent).toHaveLength(0);
  });
});

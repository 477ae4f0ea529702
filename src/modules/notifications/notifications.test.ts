import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aProducer } from '../../../test/support/catalogue-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { rows } from '../../server/db/rows.ts';
import { runDueJobs } from '../../server/jobs/run-due-jobs.ts';
import { clock } from '../../shared/time/clock.ts';
import { users } from '../accounts/tables.ts';
import { setMailTransport, type MailTransport } from './mailer.ts';
import { notify } from './notify.ts';

let t: TestApp;
let producerId: string;
const sent: Parameters<MailTransport['send']>[0][] = [];
let failNext = 0;
const recorder: MailTransport = {
  async send(message) {
    if (failNext-- > 0) throw new Error('421 try again later');
    sent.push(message);
  },
};

beforeAll(async () => {
  t = await createTestApp();
  producerId = (await aProducer(t.database, { name: 'HTX Chè Tân Cương', address: 'Tân Cương, Thái Nguyên' })).id;
  const producer = await t.as('producer');
  await t.database.db.update(users).set({ producerId, preferredLanguage: 'en' }).where(eq(users.id, producer.userId));
  await t.as('organizer');
  await t.as('buyer');
  await t.as('admin');
});
afterAll(() => t.close());
afterEach(() => {
  setMailTransport(null);
  sent.length = 0;
});

const inbox = (role: 'producer' | 'organizer' | 'buyer', query = '', language = 'vi') =>
  t.request(role, { method: 'GET', url: `/api/notifications${query}`, headers: { 'accept-language': language } });
const runJobs = () => runDueJobs(t.database, { now: new Date(clock.now().getTime() + 24 * 3600_000), workerId: 'test' });

describe('notifications', () => {
  it('are written with the change that causes them, or not at all', async () => {
    await t.database.db
      .transaction(async (tx) => {
        await notify(tx, { to: { producerIds: [producerId] }, kind: 'fair.stall-moved', text: { vi: 'Không gửi', en: 'Never sent' } });
        throw new Error('the stall change failed');
      })
      .catch(() => undefined);
    expect((await inbox('producer')).json().items.map((n: { text: string }) => n.text)).not.toContain('Không gửi');
  });

  it('reach a producer’s accounts in their language, in-app, and are marked read', async () => {
    const result = await t.database.db.transaction((tx) =>
      notify(tx, {
        to: { producerIds: [producerId] },
        kind: 'fair.stall-moved',
        text: { vi: 'Gian hàng của bạn chuyển sang B-014', en: 'Your stall moved to B-014' },
        link: '/fairs/trinh-cong-son?stall=B-014',
      }),
    );
    expect(result.recipients).toBe(1);
    const list = (await inbox('producer', '', 'en')).json();
    expect(list.unread).toBeGreaterThanOrEqual(1);
    expect(list.items[0]).toMatchObject({ kind: 'fair.stall-moved', text: 'Your stall moved to B-014', link: '/fairs/trinh-cong-son?stall=B-014', readAt: null });
    expect((await inbox('producer', '', 'vi')).json().items[0].text).toBe('Gian hàng của bạn chuyển sang B-014');
    // Nobody else sees it.
    expect((await inbox('buyer')).json().items).toHaveLength(0);

    const marked = await t.request('producer', { method: 'POST', url: '/api/notifications/read', payload: { ids: [list.items[0].id] } });
    expect(marked.json().changed).toBe(1);
    const after = (await inbox('producer', '?unread=true')).json();
    expect(after.items.find((n: { id: string }) => n.id === list.items[0].id)).toBeUndefined();
    expect(after.unread).toBe(list.unread - 1);
    // Marking someone else's notification changes nothing.
    expect((await t.request('buyer', { method: 'POST', url: '/api/notifications/read', payload: { ids: [list.items[0].id] } })).json().changed).toBe(0);
  });

  it('go to roles, leave out who caused them, and mark all read at once', async () => {
    const organizer = await t.as('organizer');
    await t.database.db.transaction((tx) =>
      notify(tx, { to: { roles: ['organizer', 'admin'] }, actorId: organizer.userId, kind: 'course.enrolment', text: { vi: 'Có đăng ký mới', en: 'New enrolment' } }),
    );
    expect((await inbox('organizer')).json().items.map((n: { kind: string }) => n.kind)).not.toContain('course.enrolment');
    const admin = (await t.request('admin', { method: 'GET', url: '/api/notifications' })).json();
    expect(admin.items[0].kind).toBe('course.enrolment');
    expect((await t.request('admin', { method: 'POST', url: '/api/notifications/read', payload: {} })).json().changed).toBeGreaterThanOrEqual(1);
    expect((await t.request('admin', { method: 'GET', url: '/api/notifications?unread=true' })).json().unread).toBe(0);
  });

  it('are in-app only without SMTP: no e-mail job is queued', async () => {
    await t.database.db.transaction((tx) => notify(tx, { to: { producerIds: [producerId] }, kind: 'test.quiet', text: { vi: 'Chỉ trong ứng dụng', en: 'In-app only' } }));
    const jobs = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'notifications.email' AND status = 'pending'`);
    expect(jobs[0]!.n).toBe(0);
    const statuses = await rows<{ email_status: string }>(t.database.db, sql`
      SELECT r.email_status FROM notification_recipients r JOIN notifications n ON n.id = r.notification_id WHERE n.kind = 'test.quiet'`);
    expect(statuses.map((s) => s.email_status)).toEqual(['skipped']);
  });

  it('are e-mailed by a job when SMTP is configured, retried after a failure, each person once', async () => {
    setMailTransport(recorder, 'https://ocop.hanoi.example');
    failNext = 1;
    await t.database.db.transaction((tx) =>
      notify(tx, {
        to: { producerIds: [producerId], roles: ['buyer'] },
        kind: 'fair.changed',
        text: { vi: 'Hội chợ đổi giờ mở cửa: 8:00 <b>', en: 'The fair opens at 8:00 <b>' },
        link: '/fairs/trinh-cong-son',
      }),
    );
    expect(sent).toHaveLength(0); // nothing leaves inside the transaction
    const first = await runJobs();
    expect(first).toMatchObject({ claimed: 1, retried: 1 });
    expect(sent).toHaveLength(0);
    await runDueJobs(t.database, { now: new Date(clock.now().getTime() + 48 * 3600_000), workerId: 'test' });
    expect(sent.map((m) => m.to).sort()).toEqual(['buyer@test.example', 'producer@test.example']);
    const english = sent.find((m) => m.to === 'producer@test.example')!;
    expect(english.subject).toBe('OCOP Connect: The fair opens at 8:00 <b>');
    expect(english.text).toContain('Open in OCOP Connect: https://ocop.hanoi.example/fairs/trinh-cong-son');
    expect(english.html).toContain('8:00 &#60;b&#62;');
    expect(sent.find((m) => m.to === 'buyer@test.example')!.text).toContain('Hội chợ đổi giờ mở cửa');
    // A later run sends nothing again.
    await runDueJobs(t.database, { now: new Date(clock.now().getTime() + 72 * 3600_000), workerId: 'test' });
    expect(sent).toHaveLength(2);
  });

  it('write nothing for an audience with nobody in it, and refuse a link off the platform', async () => {
    const none = await t.database.db.transaction((tx) => notify(tx, { to: { userIds: [] }, kind: 'test.empty', text: { vi: 'x', en: 'x' } }));
    expect(none).toEqual({ id: null, recipients: 0 });
    await expect(
      t.database.db.transaction((tx) => notify(tx, { to: { roles: ['admin'] }, kind: 'test.evil', text: { vi: 'x', en: 'x' }, link: '//evil.example/' })),
    ).rejects.toThrow();
  });
});

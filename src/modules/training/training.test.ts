import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/time/iso-date.ts';
import { clock } from '../../shared/time/clock.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { aCertifiedProducer, signInAs } from '../trade/test-support/conference-fixtures.ts';
import type { Course, CourseList, EnrolmentList, MyEnrolmentList } from './contract.ts';

type Caller = Awaited<ReturnType<typeof signInAs>>;

let t: TestApp;
let staff: (options: Parameters<TestApp['request']>[1]) => ReturnType<TestApp['request']>;
const trainees: Caller[] = [];
const url = '/api/training/courses/ke-chuyen-san-pham';
const day = () => addDays(clock.today(), 10);

beforeAll(async () => {
  t = await createTestApp();
  staff = (options) => t.request('organizer', options);
  for (let i = 0; i < 4; i++) trainees.push(await signInAs(t, 'producer', { producerId: (await aCertifiedProducer(t)).producerId }));
  const created = await staff({ method: 'POST', url: '/api/training/courses', payload: {
    slug: 'ke-chuyen-san-pham', name: { vi: 'Kể chuyện sản phẩm OCOP', en: 'Telling the story of an OCOP product' },
    topic: 'storytelling', audiences: ['producer', 'point-staff'], trainers: ['Nguyễn Thị Hà'], capacity: 2,
    links: [{ title: { vi: 'Tài liệu', en: 'Handout' }, url: 'https://example.org/handout' }],
  } });
  expect(created.statusCode, created.body).toBe(201);
}, 120_000);
afterAll(() => t.close());

describe('a training course', () => {
  it('is a draft for staff only, opens only with a session, and never becomes "full" by hand', async () => {
    expect((await t.request(null, { method: 'GET', url })).statusCode).toBe(404);
    expect((await t.request(null, { method: 'GET', url: '/api/training/courses' })).json().items).toHaveLength(0);
    const early = await staff({ method: 'PATCH', url, payload: { status: 'open' } });
    expect(early.json().error.code).toBe('no_sessions');
    const bad = await staff({ method: 'POST', url: `${url}/sessions`, payload: { day: day(), startsAt: '10:00', endsAt: '09:00', venue: { vi: 'Bát Tràng', en: 'Bat Trang' } } });
    expect(bad.json().error.code).toBe('bad_times');
    const nowhere = await staff({ method: 'POST', url: `${url}/sessions`, payload: { day: day(), startsAt: '08:00', endsAt: '11:00' } });
    expect(nowhere.json().error.code).toBe('no_place');
    for (const [d, link] of [[day(), null], [addDays(day(), 1), 'https://meet.example.org/ocop']] as const) {
      const session = await staff({ method: 'POST', url: `${url}/sessions`, payload: { day: d, startsAt: '08:00', endsAt: '11:30', venue: { vi: 'Làng gốm Bát Tràng', en: 'Bat Trang pottery village' }, onlineUrl: link } });
      expect(session.statusCode, session.body).toBe(201);
    }
    expect((await staff({ method: 'PATCH', url, payload: { status: 'full' } })).json().error.code).toBe('bad_status_change');
    expect((await staff({ method: 'PATCH', url, payload: { status: 'completed' } })).json().error.code).toBe('bad_status_change');
    expect((await staff({ method: 'PATCH', url, payload: { status: 'open' } })).statusCode).toBe(204);
    const course = (await t.request(null, { method: 'GET', url })).json() as Course;
    expect(course).toMatchObject({ status: 'open', seatsLeft: 2, firstDay: day(), lastDay: addDays(day(), 1), sessionCount: 2 });
    expect(course.sessions[0]).toMatchObject({ day: day(), startsAt: '08:00', endsAt: '11:30' });
    expect(course.nextStatuses).toEqual(['draft', 'running', 'cancelled']);
    const list = (await t.request(null, { method: 'GET', url: '/api/training/courses?topic=storytelling&audience=producer' })).json() as CourseList;
    expect(list.items.map((c) => c.slug)).toEqual(['ke-chuyen-san-pham']);
    expect((await t.request(null, { method: 'GET', url: '/api/training/courses?topic=display' })).json().items).toHaveLength(0);
  });

  it('gives the last seat to one of two simultaneous requests and puts the other on the waiting list', async () => {
    const first = await trainees[0]!({ method: 'POST', url: `${url}/enrol` });
    expect(first.json()).toMatchObject({ status: 'enrolled', waitlistPosition: null });
    expect((await trainees[0]!({ method: 'POST', url: `${url}/enrol` })).json().error.code).toBe('already_enrolled');
    const both = await Promise.all([trainees[1]!({ method: 'POST', url: `${url}/enrol` }), trainees[2]!({ method: 'POST', url: `${url}/enrol` })]);
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(both.map((r) => r.json().status).sort()).toEqual(['enrolled', 'waitlisted']);
    const course = (await t.request(null, { method: 'GET', url })).json() as Course;
    expect(course).toMatchObject({ status: 'full', enrolledCount: 2, waitlistCount: 1, seatsLeft: 0 });
    const organizerAdds = await staff({ method: 'POST', url: `${url}/enrolments`, payload: { fullName: 'Trần Văn Hướng', audience: 'guide', email: 'huong@example.org', commune: 'Bát Tràng' } });
    expect(organizerAdds.json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
  });

  it('promotes the first on the waiting list when a seat frees, and tells them', async () => {
    const list = (await staff({ method: 'GET', url: `${url}/enrolments` })).json() as EnrolmentList;
    const seated = list.items.filter((e) => e.status === 'enrolled');
    const waiting = list.items.filter((e) => e.status === 'waitlisted');
    expect(waiting.map((e) => e.waitlistPosition)).toEqual([1, 2]);
    const mine = (await trainees[0]!({ method: 'GET', url: '/api/training/my-enrolments' })).json() as MyEnrolmentList;
    const myId = mine.items[0]!.id;
    expect(seated.map((e) => e.id)).toContain(myId);
    expect((await trainees[3]!({ method: 'POST', url: `${url}/enrolments/${myId}/cancel` })).statusCode).toBe(403);
    const cancelled = await trainees[0]!({ method: 'POST', url: `${url}/enrolments/${myId}/cancel` });
    expect(cancelled.json()).toEqual({ promoted: [waiting[0]!.id] });
    const after = (await staff({ method: 'GET', url: `${url}/enrolments` })).json() as EnrolmentList;
    expect(after.items.find((e) => e.id === waiting[0]!.id)?.status).toBe('enrolled');
    expect(after.items.find((e) => e.id === waiting[1]!.id)?.waitlistPosition).toBe(1);
    // Only the trainee who was waiting is told of the seat (in the notifications; e-mail when SMTP is set).
    const inboxes = await Promise.all(trainees.slice(1, 3).map(async (call) => (await call({ method: 'GET', url: '/api/notifications', headers: { 'accept-language': 'en' } })).json() as { items: { text: string }[] }));
    expect(inboxes.map((n) => n.items.filter((i) => i.text.includes('You have a seat')).length).sort()).toEqual([0, 1]);
    // More seats: the rest of the waiting list is seated and the course opens again.
    expect((await staff({ method: 'PATCH', url, payload: { capacity: 5 } })).statusCode).toBe(204);
    expect((await t.request(null, { method: 'GET', url })).json()).toMatchObject({ status: 'open', enrolledCount: 3, waitlistCount: 0, seatsLeft: 2 });
  });
});

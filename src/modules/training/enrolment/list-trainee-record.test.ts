// The courses and certificates of a producer's or a point's trainees, for their profiles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPoint } from '../../../../test/support/outlet-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { aCertifiedProducer, signInAs } from '../../trade/test-support/conference-fixtures.ts';
import type { Course, TraineeRecord } from '../contract.ts';
import { anOpenCourse, dayFromToday, type Call } from '../test-support/training-fixtures.ts';

let t: TestApp;
let staff: Call;
let producerId: string;
let otherProducerId: string;
let pointId: string;
let ownProducer: Call;
let earlier: Course;
let later: Course;
const record = (who: Call, query: string) => who({ method: 'GET', url: `/api/training/trainees?${query}` });
const enrol = async (course: Course, payload: Record<string, unknown>) => {
  const response = await staff({ method: 'POST', url: `/api/training/courses/${course.slug}/enrolments`, payload: { audience: 'producer', ...payload } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
};

beforeAll(async () => {
  t = await createTestApp();
  staff = (options) => t.request('organizer', options);
  producerId = (await aCertifiedProducer(t)).producerId;
  otherProducerId = (await aCertifiedProducer(t)).producerId;
  ownProducer = await signInAs(t, 'producer', { producerId });
  pointId = (await aPoint(t.database)).id;
  const operatorId = (await t.as('operator')).userId;
  expect((await staff({ method: 'PUT', url: `/api/outlets/points/${pointId}/operators`, payload: { userIds: [operatorId] } })).statusCode).toBe(204);
  earlier = await anOpenCourse(staff, 'ke-chuyen-san-pham', dayFromToday(-10), 1, { minAttendancePercent: 100 });
  later = await anOpenCourse(staff, 'ban-hang-truc-tuyen', dayFromToday(20), 1);
  const hoa = await enrol(earlier, { fullName: 'Nguyễn Thị Hoa', producerId });
  await enrol(earlier, { fullName: 'Trần Văn Nam', producerId: otherProducerId });
  await enrol(later, { fullName: 'Nguyễn Thị Hoa', producerId });
  await enrol(later, { fullName: 'Lê Thị Mai', audience: 'point-staff', pointId });
  const session = earlier.sessions[0]!.id;
  expect((await staff({ method: 'PUT', url: `/api/training/courses/${earlier.slug}/sessions/${session}/attendance`, payload: { entries: [{ enrolmentId: hoa, status: 'present' }] } })).statusCode).toBe(204);
  expect((await staff({ method: 'PATCH', url: `/api/training/courses/${earlier.slug}`, payload: { status: 'running' } })).statusCode).toBe(204);
  expect((await staff({ method: 'POST', url: `/api/training/courses/${earlier.slug}/certificates` })).statusCode).toBe(200);
}, 120_000);
afterAll(() => t.close());

describe("a producer's or a point's trainees", () => {
  it("list the producer's courses, the latest first, with the certificate earned", async () => {
    const response = await record(staff, `producer=${producerId}`);
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json() as TraineeRecord;
    expect(items.map((i) => [i.course.slug, i.fullName, i.status])).toEqual([['ban-hang-truc-tuyen', 'Nguyễn Thị Hoa', 'enrolled'], ['ke-chuyen-san-pham', 'Nguyễn Thị Hoa', 'enrolled']]);
    expect(items[0]!.certificate).toBeNull();
    expect(items[1]!.certificate).toMatchObject({ revoked: false });
    expect(items[1]!.certificate!.code.length).toBeGreaterThan(15);
    expect(items[1]!.course.firstDay).toBe(earlier.sessions[0]!.day);
  });

  it("list a point's staff for the point's operator", async () => {
    const { items } = (await record((options) => t.request('operator', options), `point=${pointId}`)).json() as TraineeRecord;
    expect(items.map((i) => [i.course.slug, i.fullName])).toEqual([['ban-hang-truc-tuyen', 'Lê Thị Mai']]);
  });

  it('are seen by staff, by the producer itself and by the point\'s operator only', async () => {
    expect((await record(ownProducer, `producer=${producerId}`)).statusCode).toBe(200);
    expect((await record(ownProducer, `producer=${otherProducerId}`)).statusCode).toBe(403);
    expect((await record(ownProducer, `point=${pointId}`)).statusCode).toBe(403);
    expect((await record((options) => t.request('operator', options), `producer=${producerId}`)).statusCode).toBe(403);
    expect((await record(staff, `producer=${producerId}&point=${pointId}`)).json().error.code).toBe('one_subject');
    expect((await record(staff, '')).statusCode).toBe(400);
  });
});

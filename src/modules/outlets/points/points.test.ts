import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, phonePhoto } from '../../../../test/support/file-fixtures.ts';
import { aPoint, passingAnswers, uploadSurveyPhoto } from '../../../../test/support/outlet-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import type { CriteriaAnswers, CriteriaDefinition } from '../criteria/definition.ts';

let t: TestApp;
let surveyorId: string;
let operatorId: string;
let definition950: CriteriaDefinition;

beforeAll(async () => {
  t = await createTestApp();
  surveyorId = (await t.as('surveyor')).userId;
  operatorId = (await t.as('operator')).userId;
  const versions = (await t.request('organizer', { method: 'GET', url: '/api/outlets/criteria' })).json().items as { id: string; set: string }[];
  definition950 = (await t.request('organizer', { method: 'GET', url: `/api/outlets/criteria/${versions.find((v) => v.set === 'moit-950')?.id}` })).json().definition;
});
afterAll(() => t.close());

const move = (point: string, body: Record<string, unknown>) => t.request('organizer', { method: 'POST', url: `/api/outlets/points/${point}/status`, payload: body });

/** A candidate surveyed with passing answers but for `overrides`, and the survey approved. */
async function surveyed(overrides: CriteriaAnswers = {}) {
  const point = await aPoint(t.database);
  const survey = (await t.request('organizer', { method: 'POST', url: `/api/outlets/points/${point.id}/surveys`, payload: { surveyorId } })).json();
  const answers = { ...passingAnswers(definition950, (await uploadSurveyPhoto(t)).id), ...overrides };
  const sent = await t.request('surveyor', { method: 'POST', url: `/api/outlets/surveys/${survey.id}/submissions`, payload: { submissionId: randomUUID(), answers } });
  expect(sent.statusCode, sent.body).toBe(200);
  await t.request('organizer', { method: 'POST', url: `/api/outlets/surveys/${survey.id}/review`, payload: { outcome: 'approved', comment: 'Phiếu đầy đủ' } });
  return point;
}

describe('a point', () => {
  it('is created as a candidate with a URL name from its Vietnamese name, its first step recorded', async () => {
    const body = {
      name: { vi: 'Điểm bán OCOP Đường Lâm', en: 'Duong Lam OCOP point' }, kind: 'kiosk', locationType: 5, address: 'Cổng làng Mông Phụ',
      commune: 'Phường Sơn Tây', legacyDistrict: 'Sơn Tây', latitude: 21.1386, longitude: 105.4724, weeklyHours: Array.from({ length: 7 }, () => [{ opens: '07:30', closes: '18:00' }]),
    };
    const first = (await t.request('organizer', { method: 'POST', url: '/api/outlets/points', payload: body })).json();
    const second = (await t.request('organizer', { method: 'POST', url: '/api/outlets/points', payload: body })).json();
    expect(first.slug).toBe('diem-ban-ocop-duong-lam');
    expect(second.slug).toBe('diem-ban-ocop-duong-lam-2');
    const record = (await t.request('organizer', { method: 'GET', url: `/api/outlets/points/${first.slug}` })).json();
    expect(record).toMatchObject({ status: 'candidate', nextStatuses: ['surveyed', 'rejected'], events: [{ from: null, to: 'candidate' }] });
  });

  it('refuses hours that close before they open', async () => {
    const response = await t.request('organizer', {
      method: 'POST', url: '/api/outlets/points',
      payload: { name: { vi: 'Ki-ốt giờ sai', en: 'Wrong hours kiosk' }, kind: 'kiosk', locationType: 3, address: 'x', commune: 'Phường Hoàn Kiếm', latitude: 21.03, longitude: 105.85, weeklyHours: [[{ opens: '18:00', closes: '08:00' }], [], [], [], [], [], []] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('bad_hours');
  });
});

describe("a point's photos", () => {
  const upload = async (role: 'organizer' | 'producer') => {
    const body = multipart([{ filename: 'mat-tien.jpg', data: await phonePhoto() }]);
    const response = await t.request(role, { method: 'POST', url: '/api/files?for=outlet-point', payload: body.payload, headers: body.headers });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().files[0] as { id: string; url: string };
  };

  it('are uploads kept as the point\'s public files when it is saved, and removed when it drops them', async () => {
    const front = await upload('organizer');
    const shelves = await upload('organizer');
    // Until the point is saved with it, a photo is its uploader's alone (and would be purged).
    expect((await t.request(null, { method: 'GET', url: front.url })).statusCode).toBe(401);
    const point = await aPoint(t.database);
    const saved = await t.request('organizer', { method: 'PATCH', url: `/api/outlets/points/${point.id}`, payload: { photos: [front.id, shelves.id] } });
    expect(saved.statusCode, saved.body).toBe(204);
    expect((await t.request(null, { method: 'GET', url: front.url })).statusCode).toBe(200);
    expect((await t.request('organizer', { method: 'GET', url: `/api/outlets/points/${point.id}` })).json().photos).toEqual([front.id, shelves.id]);

    await t.request('organizer', { method: 'PATCH', url: `/api/outlets/points/${point.id}`, payload: { photos: [shelves.id] } });
    expect((await t.request(null, { method: 'GET', url: front.url })).statusCode).toBe(404);
    expect((await t.request(null, { method: 'GET', url: shelves.url })).statusCode).toBe(200);
  });

  it("refuse another user's upload and an unknown file, and change nothing then", async () => {
    const theirs = await upload('producer');
    const point = await aPoint(t.database);
    const borrowed = await t.request('organizer', { method: 'PATCH', url: `/api/outlets/points/${point.id}`, payload: { photos: [theirs.id], contactName: 'Chị Lan' } });
    expect(borrowed.statusCode).toBe(400);
    expect(borrowed.json().error.code).toBe('file_not_available');
    const unknown = await t.request('organizer', { method: 'PATCH', url: `/api/outlets/points/${point.id}`, payload: { photos: [randomUUID()] } });
    expect(unknown.json().error.code).toBe('file_not_found');
    const record = (await t.request('organizer', { method: 'GET', url: `/api/outlets/points/${point.id}` })).json();
    expect(record.photos).toEqual([]);
    expect(record.contactName).not.toBe('Chị Lan');
  });
});

describe('the life of a point, enforced on the server', () => {
  it('refuses a step that does not follow, naming the allowed ones, and needs a reason for every step', async () => {
    const point = await aPoint(t.database);
    const skip = await move(point.id, { to: 'opened', reason: 'Khai trương sớm' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toMatchObject({ code: 'bad_status_change', details: { from: 'candidate', allowed: ['surveyed', 'rejected'] } });
    expect((await move(point.id, { to: 'rejected' })).statusCode).toBe(400);
    expect((await move(point.id, { to: 'surveyed', reason: 'Đã đi khảo sát' })).json().error.code).toBe('no_approved_survey');
  });

  it('approves a surveyed point only with a decision number and an eligible survey, and then takes it through equipping', async () => {
    const point = await surveyed();
    const noDecision = await move(point.id, { to: 'approved', reason: 'Đạt tiêu chí' });
    expect(noDecision.json().error.code).toBe('decision_required');
    const approved = await move(point.id, { to: 'approved', reason: 'Đạt đủ tiêu chí 950', decisionNumber: '125/QĐ-SCT', decisionDate: '2026-03-02' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await move(point.id, { to: 'equipping', reason: 'Bắt đầu lắp đặt kệ, biển hiệu' })).statusCode).toBe(200);
    const noCeremony = await move(point.id, { to: 'opened', reason: 'Khai trương' });
    expect(noCeremony.json().error.code).toBe('opening_not_held');
    const record = (await t.request('organizer', { method: 'GET', url: `/api/outlets/points/${point.id}` })).json();
    expect(record).toMatchObject({ status: 'equipping', decisionNumber: '125/QĐ-SCT', decisionDate: '2026-03-02' });
    expect(record.events.map((e: { to: string }) => e.to)).toEqual(['candidate', 'surveyed', 'approved', 'equipping']);
    expect(record.events[2]).toMatchObject({ reason: 'Đạt đủ tiêu chí 950', decisionNumber: '125/QĐ-SCT', actorEmail: 'organizer@test.example' });
  });

  it('will not approve a point whose survey failed a knock-out item, and says which', async () => {
    const point = await surveyed({ '3.1': { value: 20 } });
    const response = await move(point.id, { to: 'approved', reason: 'Đề nghị chọn', decisionNumber: '126/QĐ-SCT', decisionDate: '2026-03-02' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'not_eligible', details: { failed: ['3.1'] } });
    expect(response.json().error.message).toContain('20 m² < tối thiểu 50 m²');
    expect((await move(point.id, { to: 'rejected', reason: 'Diện tích quá nhỏ', decisionNumber: '127/QĐ-SCT', decisionDate: '2026-03-02' })).statusCode).toBe(200);
  });
});

describe('an operator account', () => {
  it('sees and changes only its own point, and only the details the public needs', async () => {
    const own = await aPoint(t.database);
    const other = await aPoint(t.database);
    const link = await t.request('organizer', { method: 'PUT', url: `/api/outlets/points/${own.id}/operators`, payload: { userIds: [operatorId] } });
    expect(link.statusCode).toBe(204);
    const notOperator = await t.request('organizer', { method: 'PUT', url: `/api/outlets/points/${own.id}/operators`, payload: { userIds: [surveyorId] } });
    expect(notOperator.json().error.code).toBe('not_an_operator');

    const list = (await t.request('operator', { method: 'GET', url: '/api/outlets/points' })).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([own.id]);
    expect((await t.request('operator', { method: 'GET', url: `/api/outlets/points/${own.id}` })).statusCode).toBe(200);
    expect((await t.request('operator', { method: 'GET', url: `/api/outlets/points/${other.id}` })).statusCode).toBe(403);

    const phone = await t.request('operator', { method: 'PATCH', url: `/api/outlets/points/${own.id}`, payload: { phone: '024 3382 1234' } });
    expect(phone.statusCode).toBe(204);
    expect((await t.request('operator', { method: 'PATCH', url: `/api/outlets/points/${own.id}`, payload: { kind: 'showroom' } })).statusCode).toBe(403);
    expect((await t.request('operator', { method: 'PATCH', url: `/api/outlets/points/${other.id}`, payload: { phone: '1' } })).statusCode).toBe(403);
    expect((await t.request('operator', { method: 'POST', url: `/api/outlets/points/${own.id}/status`, payload: { to: 'rejected', reason: 'x' } })).statusCode).toBe(403);
  });
});

describe('dated exceptions to the hours', () => {
  it('are kept in order and may not overlap', async () => {
    const point = await aPoint(t.database);
    const tet = { startsOn: '2027-02-05', endsOn: '2027-02-10', hours: [], label: { vi: 'Nghỉ Tết Nguyên đán', en: 'Closed for Tết' } };
    const overlap = { startsOn: '2027-02-09', endsOn: '2027-02-12', hours: [{ opens: '09:00', closes: '12:00' }], label: { vi: 'Mở nửa ngày', en: 'Half days' } };
    const refused = await t.request('organizer', { method: 'PUT', url: `/api/outlets/points/${point.id}/hours-exceptions`, payload: { exceptions: [tet, overlap] } });
    expect(refused.json().error.code).toBe('overlapping_exceptions');
    const saved = await t.request('organizer', { method: 'PUT', url: `/api/outlets/points/${point.id}/hours-exceptions`, payload: { exceptions: [{ ...overlap, startsOn: '2027-02-11' }, tet] } });
    expect(saved.statusCode).toBe(204);
    const record = (await t.request('organizer', { method: 'GET', url: `/api/outlets/points/${point.id}` })).json();
    expect(record.hoursExceptions.map((e: { startsOn: string }) => e.startsOn)).toEqual(['2027-02-05', '2027-02-11']);
  });
});

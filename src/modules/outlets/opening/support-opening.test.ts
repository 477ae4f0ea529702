import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, phonePhoto } from '../../../../test/support/file-fixtures.ts';
import { anotherUser, aPoint, atStatus } from '../../../../test/support/outlet-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { clock } from '../../../shared/time/clock.ts';

let t: TestApp;
let point: { id: string; slug: string };

beforeAll(async () => {
  t = await createTestApp();
  point = await aPoint(t.database);
  await atStatus(t.database, point.id, 'approved');
});
afterAll(() => t.close());

const organizer = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: Record<string, unknown>) => t.request('organizer', { method, url, payload });

describe('support items of a selected point', () => {
  it('go planned → ordered → delivered → accepted (with a note), and show progress and spending per point and across', async () => {
    const signage = (await organizer('POST', `/api/outlets/points/${point.id}/support`, { kind: 'signage', description: 'Biển hiệu theo Quyết định 3041/QĐ-BCT', budgetVnd: 25_000_000, supplier: 'Công ty Quảng cáo Hà Thành' })).json();
    await organizer('POST', `/api/outlets/points/${point.id}/support`, { kind: 'shelves', description: 'Kệ trưng bày gỗ 4 tầng', budgetVnd: 40_000_000 });
    const skip = await organizer('PATCH', `/api/outlets/support/${signage.id}`, { status: 'accepted', acceptanceNote: 'Đúng mẫu' });
    expect(skip.json().error).toMatchObject({ code: 'bad_support_step', details: { from: 'planned', allowed: ['ordered', 'cancelled'] } });
    await organizer('PATCH', `/api/outlets/support/${signage.id}`, { status: 'ordered' });
    await organizer('PATCH', `/api/outlets/support/${signage.id}`, { status: 'delivered', spentVnd: 24_500_000 });
    expect((await organizer('PATCH', `/api/outlets/support/${signage.id}`, { status: 'accepted' })).json().error.code).toBe('acceptance_note_required');
    expect((await organizer('PATCH', `/api/outlets/support/${signage.id}`, { status: 'accepted', acceptanceNote: 'Đúng mẫu, đủ kích thước' })).statusCode).toBe(204);
    expect((await organizer('PATCH', `/api/outlets/support/${signage.id}`, { budgetVnd: 1 })).json().error.code).toBe('support_accepted');

    const support = (await organizer('GET', `/api/outlets/points/${point.id}/support`)).json();
    expect(support.items[0]).toMatchObject({ status: 'accepted', acceptedOn: clock.today(), spentVnd: 24_500_000 });
    expect(support.progress).toEqual({ items: 2, accepted: 1, cancelled: 0, budgetVnd: 65_000_000, spentVnd: 24_500_000, progressPercent: 50 });
    const programme = (await organizer('GET', '/api/outlets/support')).json();
    expect(programme.points.find((p: { pointId: string }) => p.pointId === point.id).progress.accepted).toBe(1);
    expect(programme.total.budgetVnd).toBeGreaterThanOrEqual(65_000_000);
  });

  it('keep their photos as private evidence: staff and the operator of the point see them, other operators do not', async () => {
    const upload = async () => {
      const body = multipart([{ filename: 'bien-hieu.jpg', data: await phonePhoto() }]);
      const response = await t.request('organizer', { method: 'POST', url: '/api/files?for=outlet-support', payload: body.payload, headers: body.headers });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().files[0] as { id: string; url: string };
    };
    const operatorId = (await t.as('operator')).userId;
    await organizer('PUT', `/api/outlets/points/${point.id}/operators`, { userIds: [operatorId] });
    const ordered = await upload();
    const item = (await organizer('POST', `/api/outlets/points/${point.id}/support`, { kind: 'counter', description: 'Quầy thu ngân', budgetVnd: 15_000_000, photos: [ordered.id] })).json();
    expect((await t.request('operator', { method: 'GET', url: ordered.url })).statusCode).toBe(200);
    expect((await t.request(null, { method: 'GET', url: ordered.url })).statusCode).toBe(401);
    const stranger = await anotherUser(t.database, 'operator', 'diem-khac');
    const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: stranger.email, password: 'another correct horse battery' } });
    const strangerView = await t.app.inject({ method: 'GET', url: ordered.url, headers: { cookie: signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ') } });
    expect(strangerView.statusCode).toBe(403);

    // At delivery the photo of the installed counter replaces the supplier's one.
    const delivered = await upload();
    await organizer('PATCH', `/api/outlets/support/${item.id}`, { status: 'ordered' });
    expect((await organizer('PATCH', `/api/outlets/support/${item.id}`, { status: 'delivered', photos: [delivered.id] })).statusCode).toBe(204);
    expect((await organizer('GET', ordered.url)).statusCode).toBe(404);
    const listed = (await organizer('GET', `/api/outlets/points/${point.id}/support`)).json().items.find((i: { id: string }) => i.id === item.id);
    expect(listed.photos).toEqual([delivered.id]);

    // A file that is not the organizer's own upload is refused and nothing changes.
    const borrowed = await organizer('PATCH', `/api/outlets/support/${item.id}`, { photos: [ordered.id], supplier: 'Khác' });
    expect(borrowed.json().error.code).toBe('file_not_found');
    const after = (await organizer('GET', `/api/outlets/points/${point.id}/support`)).json().items.find((i: { id: string }) => i.id === item.id);
    expect(after).toMatchObject({ photos: [delivered.id], supplier: '' });
  });

  it('are planned by staff only', async () => {
    const response = await t.request('operator', { method: 'POST', url: `/api/outlets/points/${point.id}/support`, payload: { kind: 'pos', description: 'Máy POS', budgetVnd: 1 } });
    expect(response.statusCode).toBe(403);
  });
});

describe('the opening ceremony', () => {
  const startsAt = () => new Date(clock.now().getTime() + 7 * 86_400_000).toISOString();
  const endsAt = () => new Date(clock.now().getTime() + 7 * 86_400_000 + 2 * 3_600_000).toISOString();

  it('is scheduled for a selected point only', async () => {
    const candidate = await aPoint(t.database);
    const response = await organizer('PUT', `/api/outlets/points/${candidate.id}/opening`, { startsAt: startsAt(), endsAt: endsAt() });
    expect(response.json().error.code).toBe('not_selected');
  });

  it('has guests whose printed invitations carry a QR code to the public announcement, which greets them', async () => {
    const saved = await organizer('PUT', `/api/outlets/points/${point.id}/opening`, {
      startsAt: startsAt(), endsAt: endsAt(), venue: { vi: 'Sân đình làng', en: 'Village communal house yard' },
      announcement: { vi: 'Khai trương điểm giới thiệu và bán sản phẩm OCOP', en: 'Opening of the OCOP point' },
      programme: [{ at: '08:30', title: { vi: 'Đón khách', en: 'Welcome' } }, { at: '09:00', title: { vi: 'Cắt băng khai trương', en: 'Ribbon cutting' } }],
    });
    expect(saved.statusCode, saved.body).toBe(204);
    expect((await t.request(null, { method: 'GET', url: `/api/points-of-sale/${point.slug}/opening` })).statusCode).toBe(404);
    await organizer('POST', `/api/outlets/points/${point.id}/opening/guests`, { guests: [{ name: 'Nguyễn Văn An', title: 'Ông', organisation: 'Sở Công Thương Hà Nội' }, { name: 'Trần Thị Bình' }] });
    await organizer('PUT', `/api/outlets/points/${point.id}/opening`, { startsAt: startsAt(), endsAt: endsAt(), published: true });

    const detail = (await organizer('GET', `/api/outlets/points/${point.id}/opening`)).json();
    expect(detail.guests).toHaveLength(2);
    const pdf = await organizer('GET', `/api/outlets/points/${point.id}/opening/invitations`);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    const code = detail.guests[0].invitationCode;
    const page = (await t.request(null, { method: 'GET', url: `/api/points-of-sale/${point.slug}/opening?invitation=${code}` })).json();
    expect(page).toMatchObject({ point: { slug: point.slug }, guest: { name: 'Nguyễn Văn An', organisation: 'Sở Công Thương Hà Nội' } });
    expect((await t.request(null, { method: 'GET', url: `/api/points-of-sale/${point.slug}/opening` })).json().guest).toBeNull();
  });
});

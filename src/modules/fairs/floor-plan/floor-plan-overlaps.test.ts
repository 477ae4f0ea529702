import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addDays } from '../../catalogue/domain/iso-date.ts';
import { clock } from '../../../shared/time/clock.ts';
import { stalls } from '../tables.ts';

let t: TestApp;
let slug: string;

beforeAll(async () => {
  t = await createTestApp();
  const startsOn = addDays(clock.today(), 20);
  const created = await t.request('organizer', { method: 'POST', url: '/api/fairs', payload: { slug: 'hoi-cho-chong-lan', name: { vi: 'Hội chợ thử', en: 'Test fair' }, venue: { vi: 'Phố', en: 'Street' }, startsOn, endsOn: addDays(startsOn, 2) } });
  expect(created.statusCode).toBe(201);
  slug = created.json().slug;
});
afterAll(() => t.close());

const aStall = (code: string, x: number, y = 0) => ({ code, zone: 'red-river-delta', x, y, width: 3, depth: 3 });
const putPlan = (stalls: unknown[], language = 'vi') =>
  t.request('organizer', { method: 'PUT', url: `/api/fairs/${slug}/floor-plan`, payload: { stalls }, headers: { 'accept-language': language } });
const exported = async () => (await t.request('organizer', { method: 'GET', url: `/api/fairs/${slug}/floor-plan/export` })).json().stalls as { code: string; x: number }[];
const stallIds = async () => new Map((await t.database.db.select({ id: stalls.id, code: stalls.code }).from(stalls)).map((s) => [s.code, s.id]));

describe('the floor plan refuses overlapping stalls', () => {
  it('accepts stalls that only share an edge or a corner', async () => {
    const saved = await putPlan([aStall('A-001', 0), aStall('A-002', 3), aStall('A-003', 6, 3)]);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ stalls: 3 });
  });

  it('refuses a whole plan where two stalls intersect, naming both, and keeps the plan it had', async () => {
    const refused = await putPlan([aStall('B-013', 0), aStall('B-014', 2.5), aStall('B-015', 10)]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toEqual({ code: 'stalls_overlap', message: 'Gian hàng B-013 chồng lên gian hàng B-014; hãy dời một trong hai gian', details: { stalls: ['B-013', 'B-014'] } });
    const english = await putPlan([aStall('B-014', 2.5, 1), aStall('B-013', 0)], 'en');
    expect(english.json().error.message).toBe('Stall B-013 overlaps stall B-014; move one of them');
    expect((await exported()).map((s) => s.code)).toEqual(['A-001', 'A-002', 'A-003']);
  });

  it('refuses a stall that, once moved or resized, lands on another, and keeps it where it was', async () => {
    const ids = await stallIds();
    const moved = await t.request('organizer', { method: 'PATCH', url: `/api/fairs/${slug}/stalls/${ids.get('A-001')}`, payload: { x: 1 }, headers: { 'accept-language': 'en' } });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().error).toMatchObject({ code: 'stalls_overlap', message: 'Stall A-001 overlaps stall A-002; move one of them', details: { stalls: ['A-001', 'A-002'] } });
    const widened = await t.request('organizer', { method: 'PATCH', url: `/api/fairs/${slug}/stalls/${ids.get('A-002')}`, payload: { width: 4, depth: 4 } });
    expect(widened.json().error.message).toBe('Gian hàng A-002 chồng lên gian hàng A-003; hãy dời một trong hai gian');
    expect((await exported()).map((s) => [s.code, s.x])).toEqual([['A-001', 0], ['A-002', 3], ['A-003', 6]]);
  });

  it('lets a stall move up to the edge of its neighbour', async () => {
    const ids = await stallIds();
    const moved = await t.request('organizer', { method: 'PATCH', url: `/api/fairs/${slug}/stalls/${ids.get('A-003')}`, payload: { x: 6, y: 0 } });
    expect(moved.statusCode).toBe(204);
  });
});

describe('service points on the plan', () => {
  it('keeps what a service-zone stall offers, exports it and takes it back', async () => {
    const saved = await putPlan([aStall('A-001', 0), { ...aStall('INFO', -4), zone: 'service', service: 'info', blocked: true }]);
    expect(saved.statusCode).toBe(200);
    const plan = (await t.request('organizer', { method: 'GET', url: `/api/fairs/${slug}/floor-plan` })).json().stalls as { code: string; service: string | null }[];
    expect(plan.map((s) => [s.code, s.service])).toEqual([['A-001', null], ['INFO', 'info']]);
    const back = await exported();
    expect(back.find((s) => s.code === 'INFO')).toMatchObject({ zone: 'service', service: 'info' });
    expect((await putPlan(back)).statusCode).toBe(200);
  });

  it('refuses a service named on an exhibitor stall, in the chosen language, and keeps the plan', async () => {
    const refused = await putPlan([{ ...aStall('A-001', 0), service: 'toilet' }], 'en');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'service_outside_service_zone', message: 'Stall A-001: only a service-zone stall names a service' });
    const ids = await stallIds();
    const patched = await t.request('organizer', { method: 'PATCH', url: `/api/fairs/${slug}/stalls/${ids.get('A-001')}`, payload: { service: 'toilet' } });
    expect(patched.statusCode).toBe(400);
    expect((await exported()).map((s) => s.code)).toEqual(['A-001', 'INFO']);
  });
});

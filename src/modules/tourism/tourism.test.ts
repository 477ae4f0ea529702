import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
const allWeek = (opens: string, closes: string) => Array.from({ length: 7 }, () => [{ opens, closes }]);
const site = (name: string, latitude: number, longitude: number, extra: Record<string, unknown> = {}) => ({
  name: { vi: name, en: `${name} (en)` }, kind: 'workshop', themes: ['ceramics'], latitude, longitude,
  weeklyHours: allWeek('08:00', '17:00'), visitMinutes: 60, interest: 6, ...extra,
});
// A Monday: 2030-06-03.
const DAY = '2030-06-03';
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const bodies = [
    site('Xưởng gốm Bát Tràng', 20.975, 105.912),
    site('Chợ gốm Bát Tràng', 20.976, 105.914, { interest: 8, visitMinutes: 45 }),
    // Closed on Mondays, and on the chosen day by a dated exception too.
    site('Bảo tàng gốm', 20.977, 105.913, { weeklyHours: [[], ...allWeek('09:00', '16:00').slice(1)], hoursExceptions: [{ startsOn: '2030-06-04', endsOn: '2030-06-04', hours: [], label: { vi: 'Nghỉ lễ', en: 'Holiday' } }] }),
  ];
  for (const body of bodies) {
    const response = await t.request('organizer', { method: 'POST', url: '/api/tourism/sites', payload: body });
    expect(response.statusCode, response.body).toBe(201);
    ids[body.name.vi] = response.json().id;
  }
});
afterAll(() => t.close());

const plan = (body: Record<string, unknown>) => t.request(null, {
  method: 'POST', url: '/api/tourism/plan',
  payload: { start: { latitude: 21.0285, longitude: 105.8542 }, date: DAY, startTime: '07:30', endTime: '18:30', mode: 'motorbike', ...body },
});

describe('tourist sites and day routes', () => {
  it('an organizer adds sites (URL names from the Vietnamese name, audited) and the public lists them by theme', async () => {
    const list = (await t.request(null, { method: 'GET', url: '/api/tourism/sites?theme=ceramics' })).json().items as { slug: string }[];
    expect(list.map((s) => s.slug)).toEqual(['bao-tang-gom', 'cho-gom-bat-trang', 'xuong-gom-bat-trang']);
    const audit = (await t.request('admin', { method: 'GET', url: '/api/audit?action=tourism-site.create' })).json();
    expect(audit.total ?? audit.items.length).toBeGreaterThanOrEqual(3);
  });

  it('plans a theme day: open sites in their hours, the closed one left out, straight-line travel', async () => {
    const response = await plan({ theme: 'ceramics' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ feasible: true, status: 'optimal', travel: 'straight-line', value: 14 });
    expect(body.stops.map((s: { site: { slug: string } }) => s.site.slug).sort()).toEqual(['cho-gom-bat-trang', 'xuong-gom-bat-trang']);
    for (const stop of body.stops) expect(stop.start >= '08:00' && stop.leave <= '17:00').toBe(true);
    expect(body.back <= '18:30').toBe(true);
    expect(body.left.map((s: { name: { vi: string } }) => s.name.vi)).toEqual(['Bảo tàng gốm']);
  });

  it('says plainly, in the visitor language, that a must is closed that day', async () => {
    const body = (await plan({ places: ['xuong-gom-bat-trang'], musts: ['bao-tang-gom'] })).json();
    expect(body).toMatchObject({ feasible: false, stops: [], reason: { code: 'closed', places: [ids['Bảo tàng gốm']] } });
    expect(body.reason.message.vi).toBe('Bảo tàng gốm đóng cửa vào ngày đã chọn.');
    // The dated exception closes it on Tuesday too.
    expect((await plan({ musts: ['bao-tang-gom'], date: '2030-06-04' })).json().reason.code).toBe('closed');
    expect((await plan({ musts: ['bao-tang-gom'], date: '2030-06-05' })).json().feasible).toBe(true);
  });

  it('refuses bad requests with a code: unknown places, end before start, bad hours', async () => {
    expect((await plan({ places: ['nowhere'] })).json().error.code).toBe('unknown_places');
    expect((await plan({ theme: 'silk', startTime: '18:00', endTime: '08:00' })).json().error.code).toBe('bad_times');
    const bad = await t.request('organizer', { method: 'POST', url: '/api/tourism/sites', payload: site('Sai giờ', 21, 105.8, { weeklyHours: allWeek('17:00', '08:00') }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('bad_hours');
  });

  it('shows the sites on the public map, and a curated route once published', async () => {
    const places = (await t.request(null, { method: 'GET', url: '/api/map/places' })).json().items as { layer: string; name: { vi: string } }[];
    expect(places.filter((p) => p.layer === 'tourist-site').map((p) => p.name.vi)).toContain('Chợ gốm Bát Tràng');
    const route = { title: { vi: 'Một ngày gốm Bát Tràng', en: 'A day of Bat Trang ceramics' }, theme: 'ceramics', mode: 'motorbike', start: { latitude: 21.0285, longitude: 105.8542, label: 'Hồ Gươm' }, startTime: '08:00', endTime: '17:00', siteIds: [ids['Xưởng gốm Bát Tràng'], ids['Chợ gốm Bát Tràng']] };
    const created = await t.request('organizer', { method: 'POST', url: '/api/tourism/routes', payload: route });
    expect(created.statusCode, created.body).toBe(201);
    expect((await t.request(null, { method: 'GET', url: '/api/tourism/routes' })).json().items).toEqual([]);
    expect((await t.request('organizer', { method: 'PUT', url: `/api/tourism/routes/${created.json().id}`, payload: { ...route, published: true } })).statusCode).toBe(204);
    const published = (await t.request(null, { method: 'GET', url: `/api/tourism/routes/${created.json().slug}` })).json();
    expect(published.sites.map((s: { slug: string }) => s.slug)).toEqual(['xuong-gom-bat-trang', 'cho-gom-bat-trang']);
  });
});

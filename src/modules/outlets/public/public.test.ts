import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCertificate, aProducer, aProduct } from '../../../../test/support/catalogue-fixtures.ts';
import { aPoint, atStatus } from '../../../../test/support/outlet-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { clock } from '../../../shared/time/clock.ts';
import { outletPoints } from '../tables.ts';

let t: TestApp;
let open: { id: string; slug: string };
let candidate: { id: string; slug: string };

beforeAll(async () => {
  t = await createTestApp();
  open = await aPoint(t.database, { kind: 'kiosk', commune: 'Xã Bát Tràng', latitude: 20.975, longitude: 105.913 });
  candidate = await aPoint(t.database);
  await atStatus(t.database, open.id, 'operating');
  // Open around the clock, so "open now" does not depend on when the suite runs.
  await t.database.db.update(outletPoints).set({ weeklyHours: Array.from({ length: 7 }, () => [{ opens: '00:00', closes: '24:00' }]) }).where(eq(outletPoints.id, open.id));
  const producerId = (await aProducer(t.database)).id;
  const valid = await aProduct(t.database, producerId, { vi: 'Bộ ấm trà men rạn', en: 'Crackle glaze tea set' });
  await aCertificate(t.database, valid.id, { stars: 5 });
  const expired = await aProduct(t.database, producerId, { vi: 'Lọ hoa men lam', en: 'Blue glaze vase' });
  await aCertificate(t.database, expired.id, { expiresInDays: -3 });
  for (const productId of [valid.id, expired.id]) {
    await t.request('organizer', { method: 'POST', url: `/api/outlets/points/${open.id}/stock`, payload: { productId, quantity: 4, priceVnd: 900_000, ownership: 'consigned' } });
  }
}, 120_000);
afterAll(() => t.close());

describe('the public list of points', () => {
  it('shows only opened and operating points, with hours and open now', async () => {
    const list = (await t.request(null, { method: 'GET', url: '/api/points-of-sale' })).json();
    expect(list.items.map((p: { slug: string }) => p.slug)).toEqual([open.slug]);
    expect(list.items[0]).toMatchObject({ kind: 'kiosk', status: 'operating', latitude: 20.975, longitude: 105.913, openNow: { open: true }, productGroups: ['IV'] });
  });

  it('filters by kind, commune and product group', async () => {
    const ids = async (query: string) => (await t.request(null, { method: 'GET', url: `/api/points-of-sale?${query}` })).json().items.length;
    expect(await ids('kind=kiosk')).toBe(1);
    expect(await ids('kind=showroom')).toBe(0);
    expect(await ids('commune=xa%20bat%20trang')).toBe(1);
    expect(await ids('group=IV')).toBe(1);
    expect(await ids('group=I')).toBe(0);
  });

  it('comes as GeoJSON, longitude first', async () => {
    const response = await t.request(null, { method: 'GET', url: '/api/points-of-sale?format=geojson' });
    expect(response.headers['content-type']).toContain('application/geo+json');
    const geo = response.json();
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features[0]).toMatchObject({ type: 'Feature', geometry: { type: 'Point', coordinates: [105.913, 20.975] }, properties: { slug: open.slug } });
  });
});

describe('a point\'s public page', () => {
  it('lists the products on the shelves with their certificate status today, an expired one flagged', async () => {
    const page = (await t.request(null, { method: 'GET', url: `/api/points-of-sale/${open.slug}` })).json();
    expect(page.openNow.open).toBe(true);
    expect(page.products).toEqual(expect.arrayContaining([
      expect.objectContaining({ stars: 5, certificateStatus: 'valid', flagged: false }),
      expect.objectContaining({ certificateStatus: 'expired', flagged: true }),
    ]));
  });

  it('is not there for a candidate', async () => {
    expect((await t.request(null, { method: 'GET', url: `/api/points-of-sale/${candidate.slug}` })).statusCode).toBe(404);
  });
});

describe('open now, by the clock, with dated exceptions', () => {
  it('is closed on a Tết closure covering today, on the list and the page, and open again once it is lifted', async () => {
    const today = clock.today();
    const tet = { startsOn: today, endsOn: today, hours: [], label: { vi: 'Nghỉ Tết Nguyên đán', en: 'Closed for Tết' } };
    const put = (exceptions: unknown[]) => t.request('organizer', { method: 'PUT', url: `/api/outlets/points/${open.id}/hours-exceptions`, payload: { exceptions } });
    expect((await put([tet])).statusCode).toBe(204);
    const page = (await t.request(null, { method: 'GET', url: `/api/points-of-sale/${open.slug}` })).json();
    expect(page.openNow).toMatchObject({ open: false, today: [], exception: tet.label });
    expect(page.hoursExceptions).toEqual([{ startsOn: today, endsOn: today, hours: [], label: tet.label }]);
    const listed = (await t.request(null, { method: 'GET', url: '/api/points-of-sale' })).json().items[0];
    expect(listed.openNow.open).toBe(false);
    expect((await put([])).statusCode).toBe(204);
    expect((await t.request(null, { method: 'GET', url: `/api/points-of-sale/${open.slug}` })).json().openNow).toMatchObject({ open: true, exception: null });
  });
});

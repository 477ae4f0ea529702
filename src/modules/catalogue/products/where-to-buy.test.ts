import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProduct, aProducer } from '../../../../test/support/catalogue-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addDays } from '../domain/iso-date.ts';
import { clock } from '../../../shared/time/clock.ts';

let t: TestApp;
let jar: string;
let scarf: string;
const whereToBuy = async (id: string) => {
  const response = await t.app.inject({ method: 'GET', url: `/api/products/${id}/where-to-buy` });
  expect(response.statusCode).toBe(200);
  return response.json();
};

/** A fair with one stall, held by the producer's approved application showing `products` from `from` to `to`. */
async function aFairStall(slug: string, status: string, producerId: string, products: string[], days: { from: string; to: string }, assignment = 'confirmed') {
  const { db } = t.database;
  const today = clock.today();
  await db.execute(sql`INSERT INTO fairs (slug, name_vi, name_en, venue_vi, venue_en, starts_on, ends_on, status)
    VALUES (${slug}, ${`Hội chợ ${slug}`}, ${`Fair ${slug}`}, 'Phố đi bộ', 'Walking street', ${addDays(today, -2)}, ${addDays(today, 3)}, ${status})`);
  await db.execute(sql`INSERT INTO stalls (fair_id, code, zone, x, y, width, depth) SELECT id, 'B-014', 'red-river-delta', 0, 0, 3, 3 FROM fairs WHERE slug = ${slug}`);
  await db.execute(sql`INSERT INTO fair_applications (fair_id, producer_id, stall_count, status) SELECT id, ${producerId}, 1, 'approved' FROM fairs WHERE slug = ${slug}`);
  for (const product of products) {
    await db.execute(sql`INSERT INTO fair_application_products (application_id, product_id)
      SELECT a.id, ${product} FROM fair_applications a JOIN fairs f ON f.id = a.fair_id WHERE f.slug = ${slug}`);
  }
  await db.execute(sql`INSERT INTO stall_assignments (fair_id, stall_id, application_id, days, status, hold_expires_at)
    SELECT f.id, s.id, a.id, daterange(${days.from}::date, ${days.to}::date, '[]'), ${assignment},
      ${assignment === 'held' ? sql`now() + interval '1 day'` : sql`NULL`}
    FROM fairs f JOIN stalls s ON s.fair_id = f.id JOIN fair_applications a ON a.fair_id = f.id WHERE f.slug = ${slug}`);
}

async function aPointOfSale(slug: string, status: string, stock: { product: string; quantity: number }[]) {
  const { db } = t.database;
  await db.execute(sql`INSERT INTO outlet_points (slug, name_vi, name_en, kind, location_type, address, commune, latitude, longitude, weekly_hours, status)
    VALUES (${slug}, ${`Điểm ${slug}`}, ${`Point ${slug}`}, 'shop', 1, '1 Hàng Gai', 'Hoàn Kiếm', 21.03, 105.85, '[[],[],[],[],[],[],[]]', ${status})`);
  for (const { product, quantity } of stock) {
    await db.execute(sql`INSERT INTO outlet_stock_items (point_id, product_id, quantity, price_vnd, ownership, since)
      SELECT id, ${product}, ${quantity}, 100000, 'consigned', ${clock.today()} FROM outlet_points WHERE slug = ${slug}`);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  const producer = await aProducer(t.database);
  const other = await aProducer(t.database, { name: 'HTX Lụa Vạn Phúc', address: 'Vạn Phúc, Hà Đông' });
  jar = (await aProduct(t.database, producer.id, { vi: 'Bình hút lộc', en: 'Fortune jar' })).id;
  scarf = (await aProduct(t.database, other.id, { vi: 'Khăn lụa', en: 'Silk scarf' })).id;
  const today = clock.today();
  await aFairStall('dang-dien-ra', 'running', producer.id, [jar], { from: addDays(today, -2), to: addDays(today, 3) });
  // Not today: a fair published for later, a stall held on other days, an offer not yet taken.
  await aFairStall('sap-toi', 'published', producer.id, [jar], { from: addDays(today, -2), to: addDays(today, 3) });
  await aFairStall('hom-qua', 'running', other.id, [scarf], { from: addDays(today, -2), to: addDays(today, -1) });
  await aFairStall('cho-xac-nhan', 'running', other.id, [scarf], { from: addDays(today, -2), to: addDays(today, 3) }, 'held');
  await aPointOfSale('hang-gai', 'operating', [{ product: jar, quantity: 4 }, { product: scarf, quantity: 0 }]);
  await aPointOfSale('ba-dinh', 'opened', [{ product: jar, quantity: 1 }]);
  await aPointOfSale('ung-vien', 'candidate', [{ product: jar, quantity: 9 }]);
});
afterAll(() => t.close());

describe('where to buy a product', () => {
  it("lists today's stalls of running fairs showing it, and the open points with it in stock, with links", async () => {
    expect(await whereToBuy(jar)).toEqual({
      fairs: [{
        fair: { slug: 'dang-dien-ra', name: { vi: 'Hội chợ dang-dien-ra', en: 'Fair dang-dien-ra' }, startsOn: addDays(clock.today(), -2), endsOn: addDays(clock.today(), 3) },
        stall: { code: 'B-014' },
        link: '/fairs/dang-dien-ra/stalls/B-014',
      }],
      pointsOfSale: [
        expect.objectContaining({ slug: 'ba-dinh', name: { vi: 'Điểm ba-dinh', en: 'Point ba-dinh' }, link: '/points-of-sale/ba-dinh' }),
        expect.objectContaining({ slug: 'hang-gai', address: '1 Hàng Gai', commune: 'Hoàn Kiếm', latitude: 21.03, longitude: 105.85, link: '/points-of-sale/hang-gai' }),
      ],
    });
  });

  it('is empty when no stall holds the product today and no open point has it in stock', async () => {
    expect(await whereToBuy(scarf)).toEqual({ fairs: [], pointsOfSale: [] });
  });

  it('answers 404 for an unknown product', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/products/00000000-0000-4000-8000-000000000099/where-to-buy' });
    expect(response.statusCode).toBe(404);
  });
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCertificate, aProduct, aProducer } from '../../../test/support/catalogue-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { products } from '../../modules/catalogue/tables.ts';

let t: TestApp;
let productId: string;
let productUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  const producer = await aProducer(t.database, { name: 'HTX Mây tre đan Phú Vinh' });
  const product = await aProduct(t.database, producer.id, { vi: 'Giỏ mây', en: 'Rattan basket' });
  await aCertificate(t.database, product.id, { stars: 4 });
  productId = product.id;
  productUrl = `/api/products/${productId}`;
});
afterAll(() => t.close());

describe('public reads from the read cache', () => {
  it('carry an ETag and a short public Cache-Control (browsers revalidate, shared caches keep 10 s), and answer 304 to a matching If-None-Match', async () => {
    const first = await t.app.inject({ method: 'GET', url: productUrl });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=10, must-revalidate');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await t.app.inject({ method: 'GET', url: productUrl });
    expect(again.headers.etag).toBe(etag);
    expect(again.json()).toEqual(first.json());
    const revalidated = await t.app.inject({ method: 'GET', url: productUrl, headers: { 'if-none-match': etag } });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
  });

  it.each(['/api/points-of-sale', '/api/map/places', '/api/tourism/sites', '/api/tourism/routes', `/api/products/{id}/where-to-buy`])('include %s, the points of sale, the map and tourism', async (path) => {
    const url = path.replace('{id}', productId);
    const first = await t.app.inject({ method: 'GET', url });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=10, must-revalidate');
    const revalidated = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(revalidated.statusCode).toBe(304);
  });

  it('compress a large response once for clients that accept it', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/products?pageSize=50' });
    const gzipped = await t.app.inject({ method: 'GET', url: '/api/products?pageSize=50', headers: { 'accept-encoding': 'gzip' } });
    if (plain.rawPayload.length >= 1024) {
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    }
    expect(gzipped.headers.etag).toBe(plain.headers.etag);
  });

  it('never answer with data older than a write of this process, by API or straight to the database', async () => {
    const before = await t.app.inject({ method: 'GET', url: productUrl });
    const patched = await t.request('organizer', { method: 'PATCH', url: productUrl, payload: { name: { vi: 'Giỏ mây Phú Vinh', en: 'Phu Vinh rattan basket' } } });
    expect(patched.statusCode).toBeLessThan(300);
    const afterApi = await t.app.inject({ method: 'GET', url: productUrl });
    expect(afterApi.json().name.vi).toBe('Giỏ mây Phú Vinh');
    expect(afterApi.headers.etag).not.toBe(before.headers.etag);

    // Several rounds, some with writes side by side: whichever pooled connection runs a write
    // (the one opened first at start-up too) must empty the cache before the writer resumes.
    for (let round = 1; round <= 4; round++) {
      const name = `Giỏ mây đan tay ${round}`;
      const writes = [t.database.db.update(products).set({ nameVi: name }).where(eq(products.id, productId))];
      if (round % 2 === 0) writes.push(t.database.db.update(products).set({ nameEn: `Rattan basket ${round}` }).where(eq(products.id, productId)));
      await Promise.all(writes);
      expect((await t.app.inject({ method: 'GET', url: productUrl })).json().name.vi).toBe(name);
    }
  });

  it('are emptied by a write notification from another process', async () => {
    await t.app.inject({ method: 'GET', url: productUrl });
    expect(t.app.readCache.size).toBeGreaterThan(0);
    // What the write trigger of another process's commit sends (migration 0015).
    await t.database.db.execute(sql`SELECT pg_notify('ocop_writes', 'products')`);
    await expect.poll(() => t.app.readCache.size).toBe(0);
  });

  it('every public table notifies its writes at commit', async () => {
    const heard: string[] = [];
    const stop = await t.database.listen('ocop_writes', (table) => heard.push(table));
    await t.database.db.update(products).set({ nameEn: 'Hand-woven rattan basket' }).where(eq(products.id, productId));
    await expect.poll(() => heard).toContain('products');
    stop();
  });

  it('answer signed-in callers afresh, without shared caching', async () => {
    const response = await t.request('organizer', { method: 'GET', url: productUrl });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBeUndefined();
  });
});

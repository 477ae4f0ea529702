import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aProduct, aProducer } from '../../../../test/support/catalogue-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { users } from '../../accounts/tables.ts';

let t: TestApp;
let own: { id: string };
let other: { id: string };
let ownProduct: { id: string };
let otherProduct: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  own = await aProducer(t.database, { name: 'HTX Gốm Kim Lan', address: 'Kim Lan, Gia Lâm' });
  other = await aProducer(t.database, { name: 'HTX Gốm Bát Tràng Xưa', address: 'Bát Tràng, Gia Lâm' });
  ownProduct = await aProduct(t.database, own.id, { vi: 'Bình gốm Kim Lan', en: 'Kim Lan jar' });
  otherProduct = await aProduct(t.database, other.id, { vi: 'Bát men lam', en: 'Blue-glaze bowl' });
  const producer = await t.as('producer');
  await t.database.db.update(users).set({ producerId: own.id }).where(eq(users.id, producer.userId));
});
afterAll(() => t.close());

it('lets a producer edit its own products and profile', async () => {
  const product = await t.request('producer', { method: 'PATCH', url: `/api/products/${ownProduct.id}`, payload: { description: { vi: 'Men gio', en: 'Ash glaze' } } });
  expect(product.statusCode).toBe(204);
  const profile = await t.request('producer', { method: 'PATCH', url: `/api/producers/${own.id}`, payload: { phone: '0243 876 5432' } });
  expect(profile.statusCode).toBe(204);
  const added = await t.request('producer', { method: 'POST', url: '/api/products', payload: { producerId: own.id, name: { vi: 'Lọ Kim Lan', en: 'Kim Lan vase' }, categoryCode: 'IV.1' } });
  expect(added.statusCode).toBe(201);
});

it("refuses a producer's change to another producer's product, profile or catalogue", async () => {
  const product = await t.request('producer', { method: 'PATCH', url: `/api/products/${otherProduct.id}`, payload: { name: { vi: 'Đổi tên', en: 'Renamed' } } });
  expect(product.statusCode).toBe(403);
  const profile = await t.request('producer', { method: 'PATCH', url: `/api/producers/${other.id}`, payload: { phone: '0900000000' } });
  expect(profile.statusCode).toBe(403);
  const added = await t.request('producer', { method: 'POST', url: '/api/products', payload: { producerId: other.id, name: { vi: 'Giả mạo', en: 'Fake' }, categoryCode: 'IV.1' } });
  expect(added.statusCode).toBe(403);
  const detail = (await t.app.inject({ method: 'GET', url: `/api/products/${otherProduct.id}` })).json();
  expect(detail.name.vi).toBe('Bát men lam');
});

it('keeps certificates for programme staff only', async () => {
  const response = await t.request('producer', {
    method: 'POST',
    url: `/api/products/${ownProduct.id}/certificates`,
    payload: { stars: 5, decisionNumber: '1/QĐ', decisionDate: '2026-01-01', authorityLevel: 'central' },
  });
  expect(response.statusCode).toBe(403);
});

it('refuses a category that is not a leaf of the classification, and a duplicate product name', async () => {
  const group = await t.request('organizer', { method: 'POST', url: '/api/products', payload: { producerId: own.id, name: { vi: 'Thử', en: 'Try' }, categoryCode: 'I' } });
  expect(group.statusCode).toBe(400);
  expect(group.json().error.code).toBe('unknown_category');
  const duplicate = await t.request('organizer', { method: 'POST', url: '/api/products', payload: { producerId: own.id, name: { vi: 'BÌNH GỐM KIM LAN', en: 'Jar' }, categoryCode: 'IV.1' } });
  expect(duplicate.statusCode).toBe(409);
});

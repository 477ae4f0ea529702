import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCertificate, aProducer, aProduct } from '../../../../test/support/catalogue-fixtures.ts';
import { aPoint } from '../../../../test/support/outlet-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { clock } from '../../../shared/time/clock.ts';
import { addDays } from '../../catalogue/domain/iso-date.ts';
import { listStock } from './list-stock.ts';

let t: TestApp;
let producerId: string;
let pointId: string;
let operatorId: string;

beforeAll(async () => {
  t = await createTestApp();
  producerId = (await aProducer(t.database)).id;
  pointId = (await aPoint(t.database)).id;
  operatorId = (await t.as('operator')).userId;
  await t.request('organizer', { method: 'PUT', url: `/api/outlets/points/${pointId}/operators`, payload: { userIds: [operatorId] } });
});
afterAll(() => t.close());

async function certifiedProduct(name: string, expiresInDays: number) {
  const product = await aProduct(t.database, producerId, { vi: name, en: name });
  await aCertificate(t.database, product.id, { expiresInDays });
  return product.id;
}
const stockOf = async (point = pointId) => (await t.request('operator', { method: 'GET', url: `/api/outlets/points/${point}/stock` })).json();
const stock = (payload: Record<string, unknown>, point = pointId) => t.request('operator', { method: 'POST', url: `/api/outlets/points/${point}/stock`, payload });

describe('the stock of a point', () => {
  it('holds catalogue products and other eligible products, consigned or bought, once each', async () => {
    const productId = await certifiedProduct('Bình gốm men lam', 400);
    expect((await stock({ productId, quantity: 12, priceVnd: 450_000, ownership: 'consigned' })).statusCode).toBe(201);
    expect((await stock({ other: { name: 'Chè lam Thạch Xá', basis: 'local-specialty' }, quantity: 30, priceVnd: 45_000, ownership: 'bought' })).statusCode).toBe(201);
    const again = await stock({ productId, quantity: 1, priceVnd: 1, ownership: 'bought' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_stocked');
    const neither = await stock({ quantity: 1, priceVnd: 1, ownership: 'bought' });
    expect(neither.json().error.code).toBe('product_or_other');
    const list = await stockOf();
    expect(list.items).toHaveLength(2);
    const product = list.items.find((i: { product: { id: string } | null }) => i.product?.id === productId);
    const other = list.items.find((i: { other: unknown }) => i.other !== null);
    expect(product).toMatchObject({ ownership: 'consigned', quantity: 12, priceVnd: 450_000, certificateStatus: 'valid', ocop: true, flagged: false });
    expect(other).toMatchObject({ other: { basis: 'local-specialty' }, certificateStatus: 'none', ocop: false });
  });

  it('computes the OCOP share of the lines on the shelf against the local rule (70% in the 950 checklist)', async () => {
    const list = await stockOf();
    expect(list.share).toEqual({ lines: 2, ocopLines: 1, percent: 50, minimumPercent: 70, meetsRule: false });
  });

  it('is kept only by staff and the point\'s own operator', async () => {
    const other = await aPoint(t.database);
    expect((await t.request('operator', { method: 'GET', url: `/api/outlets/points/${other.id}/stock` })).statusCode).toBe(403);
    expect((await t.request('surveyor', { method: 'GET', url: `/api/outlets/points/${pointId}/stock` })).statusCode).toBe(403);
    expect((await t.request('organizer', { method: 'GET', url: `/api/outlets/points/${pointId}/stock` })).statusCode).toBe(200);
  });
});

describe('a product whose certificate ends', () => {
  it('is flagged on every shelf holding it from the day after its expiry date, not before', async () => {
    const productId = await certifiedProduct('Lụa Vạn Phúc khăn choàng', 10);
    const second = (await aPoint(t.database)).id;
    await stock({ productId, quantity: 5, priceVnd: 300_000, ownership: 'consigned' });
    await t.request('organizer', { method: 'POST', url: `/api/outlets/points/${second}/stock`, payload: { productId, quantity: 2, priceVnd: 320_000, ownership: 'bought' } });
    const expiry = addDays(clock.today(), 10);
    // The list is worked out for a day (the route passes clock.today()); sessions would not survive moving the clock ten days.
    const line = async (point: string, day: string) => (await listStock(t.database.db, { id: point, kind: 'shop' }, day)).items.find((i) => i.product?.id === productId);

    expect(await line(pointId, expiry)).toMatchObject({ certificateStatus: 'expiring', flagged: false, ocop: true });
    for (const point of [pointId, second]) {
      const flagged = await line(point, addDays(expiry, 1));
      expect(flagged).toMatchObject({ certificateStatus: 'expired', flagged: true, ocop: false });
      expect(flagged?.flagReason?.vi).toContain(expiry.split('-').reverse().join('/'));
    }
    expect((await listStock(t.database.db, { id: pointId, kind: 'shop' }, addDays(expiry, 1))).flagged).toBe(1);
  });

  it('is flagged from the day it is revoked', async () => {
    const productId = await certifiedProduct('Gốm men rạn cổ', 600);
    await stock({ productId, quantity: 3, priceVnd: 800_000, ownership: 'consigned' });
    const product = (await t.request('organizer', { method: 'GET', url: `/api/products/${productId}` })).json();
    const revoke = await t.request('organizer', { method: 'POST', url: `/api/certificates/${product.certificates[0].id}/revoke`, payload: { reason: { vi: 'Vi phạm chất lượng' } } });
    expect(revoke.statusCode, revoke.body).toBeLessThan(300);
    const line = (await stockOf()).items.find((i: { product: { id: string } | null }) => i.product?.id === productId);
    expect(line).toMatchObject({ certificateStatus: 'revoked', flagged: true, ocop: false });
  });
});

describe('shelf labels', () => {
  it('print as a PDF', async () => {
    const response = await t.request('operator', { method: 'GET', url: `/api/outlets/points/${pointId}/shelf-labels` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { aCertificate, aProduct, aProducer } from '../../../../test/support/catalogue-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';

let t: TestApp;
let validCode: string;
let expiredCode: string;

beforeAll(async () => {
  t = await createTestApp();
  const producer = await aProducer(t.database, { name: 'Công ty TNHH Kẹo lạc Đường Lâm', type: 'enterprise', address: 'Đường Lâm, Sơn Tây' });
  const valid = await aProduct(t.database, producer.id, { vi: 'Kẹo lạc', en: 'Peanut candy' }, { categoryCode: 'I.3.d' });
  await aCertificate(t.database, valid.id, { stars: 4, expiresInDays: 400 });
  const expired = await aProduct(t.database, producer.id, { vi: 'Kẹo vừng', en: 'Sesame candy' }, { categoryCode: 'I.3.d' });
  await aCertificate(t.database, expired.id, { stars: 3, expiresInDays: -1 });
  validCode = (await t.app.inject({ method: 'GET', url: `/api/products/${valid.id}` })).json().code;
  expiredCode = (await t.app.inject({ method: 'GET', url: `/api/products/${expired.id}` })).json().code;
});
afterAll(() => t.close());

it('says plainly that a mark is valid today, with stars, producer and dates', async () => {
  const response = await t.app.inject({ method: 'GET', url: `/api/verify/${validCode}` });
  expect(response.statusCode).toBe(200);
  expect(response.json()).toMatchObject({
    validToday: true,
    status: 'valid',
    statusLabel: { vi: 'Còn hiệu lực' },
    producer: { name: 'Công ty TNHH Kẹo lạc Đường Lâm' },
    certificate: { stars: 4 },
  });
});

it('never shows an expired mark as valid, even one day after expiry', async () => {
  const body = (await t.app.inject({ method: 'GET', url: `/api/verify/${expiredCode}` })).json();
  expect(body).toMatchObject({ validToday: false, status: 'expired', statusLabel: { vi: 'Hết hạn', en: 'Expired' } });
});

it('accepts the code as typed from a label: lower case, without the dash', async () => {
  const typed = validCode.toLowerCase().replace('-', '');
  expect((await t.app.inject({ method: 'GET', url: `/api/verify/${typed}` })).json().code).toBe(validCode);
});

it('answers 404 for an unknown code and 400 for something that is not a code', async () => {
  expect((await t.app.inject({ method: 'GET', url: '/api/verify/ZZZZ-ZZZZ' })).statusCode).toBe(404);
  expect((await t.app.inject({ method: 'GET', url: '/api/verify/not-a-code!' })).statusCode).toBe(400);
});

it('draws a QR code that opens the check page, as SVG or PNG', async () => {
  const svg = await t.app.inject({ method: 'GET', url: `/api/verify/${validCode}/qr`, headers: { host: 'ocop.hanoi.example' } });
  expect(svg.headers['content-type']).toContain('image/svg+xml');
  expect(svg.body).toContain('<svg');
  const png = await t.app.inject({ method: 'GET', url: `/api/verify/${validCode}/qr?format=png` });
  expect(png.headers['content-type']).toBe('image/png');
  expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
});

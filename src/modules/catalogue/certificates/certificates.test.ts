import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aCertificate, aProduct, aProducer } from '../../../../test/support/catalogue-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { rows } from '../../../server/db/rows.ts';
import { clock, fixedClock, setClock, systemClock } from '../../../shared/time/clock.ts';
import { addDays } from '../domain/iso-date.ts';
import { certificateExpiry, certificateStatus } from '../domain/certificate-status.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('certificate status', () => {
  it('is computed the same way by the database and by the domain code, day by day around every boundary', async () => {
    const expiry = '2026-03-31';
    const revokedOnly = [false, true];
    const days = Array.from({ length: 200 }, (_, i) => addDays(expiry, i - 100));
    for (const revoked of revokedOnly) {
      const result = await rows<{ day: string; status: string }>(t.database.db, sql`
        SELECT d::date::text AS day, ocop_certificate_status(${expiry}::date, ${revoked}, d::date) AS status
        FROM generate_series(${days[0]}::date, ${days.at(-1)}::date, interval '1 day') d`);
      for (const { day, status } of result) {
        expect(status, day).toBe(certificateStatus({ issueDate: '2023-03-31', expiryDate: expiry, revokedAt: revoked ? '2000-01-01' : null }, day));
      }
    }
  });

  it('runs 36 months from the issue date', async () => {
    const producer = await aProducer(t.database, { name: 'HTX Lụa Vạn Phúc', address: 'Vạn Phúc, Hà Đông' });
    const product = await aProduct(t.database, producer.id, { vi: 'Khăn lụa', en: 'Silk scarf' }, { categoryCode: 'IV.2' });
    const created = await t.request('organizer', {
      method: 'POST',
      url: `/api/products/${product.id}/certificates`,
      payload: { stars: 4, decisionNumber: '123/QĐ-UBND', decisionDate: '2024-02-29', authorityLevel: 'province' },
    });
    expect(created.statusCode).toBe(201);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/products/${product.id}` })).json();
    expect(detail.certificates[0]).toMatchObject({ issueDate: '2024-02-29', expiryDate: certificateExpiry('2024-02-29'), legalBasis: '148' });
    expect(detail.certificates[0].expiryDate).toBe('2027-02-28');
  });
});

describe("a product's current rating", () => {
  it('is its newest certificate, and falls back to an older valid one when the newest is revoked', async () => {
    const producer = await aProducer(t.database, { name: 'HTX Mây tre Phú Vinh', address: 'Phú Vinh, Chương Mỹ' });
    const product = await aProduct(t.database, producer.id, { vi: 'Giỏ mây', en: 'Rattan basket' });
    await aCertificate(t.database, product.id, { stars: 3, expiresInDays: 200 });
    const newer = await aCertificate(t.database, product.id, { stars: 4, expiresInDays: 900 });
    const rating = async () => (await t.app.inject({ method: 'GET', url: `/api/products/${product.id}` })).json();
    expect(await rating()).toMatchObject({ stars: 4, certificateStatus: 'valid' });

    const revoked = await t.request('organizer', {
      method: 'POST',
      url: `/api/certificates/${newer.id}/revoke`,
      payload: { reason: { vi: 'Vi phạm nhãn mác', en: 'Labelling breach' } },
    });
    expect(revoked.statusCode).toBe(204);
    expect(await rating()).toMatchObject({ stars: 3, certificateStatus: 'valid' });
    const again = await t.request('organizer', { method: 'POST', url: `/api/certificates/${newer.id}/revoke`, payload: { reason: { vi: 'Lần hai' } } });
    expect(again.statusCode).toBe(409);
  });

  it('shows revoked when the only certificate is revoked, with the reason at the QR check', async () => {
    const producer = await aProducer(t.database, { name: 'Hộ sơn mài Hạ Thái', type: 'household', address: 'Hạ Thái, Thường Tín' });
    const product = await aProduct(t.database, producer.id, { vi: 'Tranh sơn mài', en: 'Lacquer painting' });
    const certificate = await aCertificate(t.database, product.id, { stars: 4 });
    await t.request('organizer', { method: 'POST', url: `/api/certificates/${certificate.id}/revoke`, payload: { reason: { vi: 'Không đạt tái đánh giá', en: 'Failed re-rating' } } });
    const { code } = (await t.app.inject({ method: 'GET', url: `/api/products/${product.id}` })).json();
    const verify = (await t.app.inject({ method: 'GET', url: `/api/verify/${code}`, headers: { 'accept-language': 'en' } })).json();
    expect(verify).toMatchObject({ validToday: false, status: 'revoked', certificate: { revocationReason: { en: 'Failed re-rating' } } });
  });
});

describe('the expiring list', () => {
  it('lists current certificates that expire within the window, soonest first', async () => {
    const producer = await aProducer(t.database, { name: 'HTX Chè Ba Vì', address: 'Ba Vì' });
    for (const [name, days] of [['Chè xanh', 20], ['Chè đen', 60], ['Chè búp', 300], ['Chè cũ', -5], ['Chè rất cũ', -400]] as const) {
      const product = await aProduct(t.database, producer.id, { vi: name, en: name }, { categoryCode: 'I.5.a' });
      await aCertificate(t.database, product.id, { expiresInDays: days });
    }
    // Other tests of this file add certificates of their own; only this producer's are looked at.
    const namesListed = async (query: string) => {
      const list = (await t.request('organizer', { method: 'GET', url: `/api/certificates/expiring?${query}` })).json();
      return list.items
        .filter((i: { producer: { id: string } }) => i.producer.id === producer.id)
        .map((i: { product: { name: { vi: string } } }) => i.product.name.vi);
    };
    expect(await namesListed('withinDays=90&pageSize=200')).toEqual(['Chè xanh', 'Chè đen']);
    expect(await namesListed('withinDays=90&includeExpired=true&pageSize=200')).toEqual(['Chè cũ', 'Chè xanh', 'Chè đen']);
  });
});

describe('the day a certificate is judged on', () => {
  afterEach(() => setClock(systemClock));

  it("is the platform clock's today in Vietnam: valid on its expiry day, expired from the next", async () => {
    const producer = await aProducer(t.database, { name: 'HTX Gốm Kim Lan', address: 'Kim Lan, Gia Lâm' });
    const product = await aProduct(t.database, producer.id, { vi: 'Bình gốm men lam', en: 'Blue-glazed vase' });
    await aCertificate(t.database, product.id, { expiresInDays: 10 });
    const detail = (await t.app.inject({ method: 'GET', url: `/api/products/${product.id}` })).json();
    const { code } = detail;
    const expiry: string = detail.certificates[0].expiryDate;
    const statusAt = async (instant: string) => {
      setClock(fixedClock(instant));
      return (await t.app.inject({ method: 'GET', url: `/api/verify/${code}` })).json().status;
    };
    expect(await statusAt(`${expiry}T23:59:00+07:00`)).toBe('expiring');
    expect(await statusAt(`${addDays(expiry, 1)}T00:00:00+07:00`)).toBe('expired');
    expect(clock.today()).toBe(addDays(expiry, 1));
  });
});

describe('certificate dates', () => {
  it('refuses decision and issue dates outside 1900–2200 with 400, never a 500', async () => {
    const producer = await aProducer(t.database, { name: 'HTX Ngày Tháng', address: 'Thanh Oai' });
    const product = await aProduct(t.database, producer.id, { vi: 'Miến dong', en: 'Arrowroot noodles' }, { categoryCode: 'I.4.a' });
    const base = { stars: 4, decisionNumber: '9/QĐ-UBND', decisionDate: '2024-03-01', authorityLevel: 'province' };
    for (const override of [{ decisionDate: '0000-01-01' }, { decisionDate: '9999-12-31' }, { issueDate: '0000-01-01' }, { issueDate: '9999-12-31' }, { decisionDate: '2201-01-01' }]) {
      const response = await t.request('organizer', { method: 'POST', url: `/api/products/${product.id}/certificates`, payload: { ...base, ...override } });
      expect(response.statusCode, JSON.stringify(override)).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
  });
});


import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCertificate, aProduct, aProducer } from '../../../../test/support/catalogue-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { foldVietnamese } from '../../../shared/text/fold-vietnamese.ts';
import { PRODUCT_SORTS } from '../contract.ts';

let t: TestApp;
type Item = { code: string; name: { vi: string }; stars: number | null };

beforeAll(async () => {
  t = await createTestApp();
  // Ties on every key but the code: the same names, the same stars, names that differ only by accents.
  const names = ['Trà xanh', 'Trà xanh', 'Tra xanh', 'Trà xanh', 'Chè búp', 'Chè búp', 'Che bup', 'Ấm trà', 'Ám trà', 'Zèng'];
  for (const [i, vi] of names.entries()) {
    // A producer lists a name once: the ties are between producers.
    const producer = await aProducer(t.database, { name: `HTX Trà số ${i}`, address: `Xóm ${i}, Tân Cương, Thái Nguyên` });
    const product = await aProduct(t.database, producer.id, { vi, en: `Tea ${i}` });
    if (i % 3 !== 0) await aCertificate(t.database, product.id, { stars: i % 2 === 0 ? 4 : 5 });
  }
});
afterAll(() => t.close());

async function page(sort: string, page: number, pageSize: number): Promise<{ items: Item[]; total: number }> {
  const response = await t.app.inject({ method: 'GET', url: `/api/products?sort=${sort}&page=${page}&pageSize=${pageSize}` });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: Item[]; total: number };
}

describe('the catalogue list order', () => {
  it('is total in every sort: pages of any size never repeat or skip a product', async () => {
    for (const sort of PRODUCT_SORTS) {
      const whole = await page(sort, 1, 100);
      expect(whole.total).toBe(10);
      for (const size of [1, 3, 4]) {
        const codes: string[] = [];
        for (let n = 1; n <= Math.ceil(whole.total / size); n++) {
          const part = await page(sort, n, size);
          expect(part.total, `${sort} page ${n}`).toBe(whole.total);
          codes.push(...part.items.map((item) => item.code));
        }
        expect(codes, `${sort} by ${size}`).toEqual(whole.items.map((item) => item.code));
      }
    }
  });

  it('sorts by the folded name then the public code, compared byte-wise (the same on both engines)', async () => {
    const { items } = await page('name', 1, 100);
    const expected = [...items].sort((a, b) => {
      const [x, y] = [foldVietnamese(a.name.vi), foldVietnamese(b.name.vi)];
      return x < y ? -1 : x > y ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
    });
    expect(items.map((item) => item.code)).toEqual(expected.map((item) => item.code));
    const stars = (await page('stars', 1, 100)).items.map((item) => item.stars);
    expect(stars).toEqual([...stars].sort((a, b) => (b ?? -1) - (a ?? -1)));
  });

  it('keeps the relevance order under a status filter: the filtered list is the whole list with the others left out', async () => {
    const whole = (await t.app.inject({ method: 'GET', url: '/api/products?pageSize=100' })).json() as { items: (Item & { certificateStatus: string })[] };
    for (const status of ['valid', 'none']) {
      const filtered = (await t.app.inject({ method: 'GET', url: `/api/products?status=${status}&pageSize=100` })).json() as { items: Item[] };
      const expected = whole.items.filter((item) => item.certificateStatus === status).map((item) => item.code);
      expect(expected.length, status).toBeGreaterThan(0);
      expect(filtered.items.map((item) => item.code), status).toEqual(expected);
    }
  });

  it('still counts past the last page', async () => {
    expect(await page('name', 99, 24)).toEqual({ items: [], total: 10 });
  });
});

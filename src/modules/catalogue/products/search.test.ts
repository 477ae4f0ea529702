import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCertificate, aProduct, aProducer } from '../../../../test/support/catalogue-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';

let t: TestApp;
const search = async (q: string, extra = '') => {
  const response = await t.app.inject({ method: 'GET', url: `/api/products?q=${encodeURIComponent(q)}${extra}` });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: { name: { vi: string }; certificateStatus: string; code: string; producer: { name: string } }[]; total: number };
};
const names = async (q: string, extra = '') => (await search(q, extra)).items.map((item) => item.name.vi);

beforeAll(async () => {
  t = await createTestApp();
  const { database } = t;
  const tranhKhuc = await aProducer(database, { name: 'Hộ kinh doanh Nguyễn Văn Tâm', address: 'Tranh Khúc, Thanh Trì', commune: 'Thanh Trì' });
  const battrang = await aProducer(database);
  const duonglam = await aProducer(database, { name: 'Cơ sở tương Đường Lâm', type: 'household', address: 'Mông Phụ, Đường Lâm, Sơn Tây' });
  const banhChung = await aProduct(database, tranhKhuc.id, { vi: 'Bánh chưng Tranh Khúc', en: 'Tranh Khuc sticky rice cake' }, { categoryCode: 'I.3.b' });
  await aCertificate(database, banhChung.id, { stars: 4 });
  const gomValid = await aProduct(database, battrang.id, { vi: 'Gốm Bát Tràng men lam', en: 'Bat Trang blue-glaze ceramics' });
  await aCertificate(database, gomValid.id, { stars: 5 });
  const gomExpired = await aProduct(database, battrang.id, { vi: 'Gốm Bát Tràng men rạn', en: 'Bat Trang crackle-glaze ceramics' });
  await aCertificate(database, gomExpired.id, { stars: 4, expiresInDays: -30 });
  const vase = await aProduct(database, battrang.id, { vi: 'Lọ hoa men ngọc', en: 'Celadon vase' }, {
    description: { vi: 'Làm thủ công tại làng gốm Bát Tràng', en: 'Handmade in the Bat Trang pottery village' },
  });
  await aCertificate(database, vase.id, { stars: 3 });
  const tuong = await aProduct(database, duonglam.id, { vi: 'Tương Đường Lâm', en: 'Duong Lam soy sauce' }, { categoryCode: 'I.4.a' });
  await aCertificate(database, tuong.id, { stars: 3, expiresInDays: 30 });
});
afterAll(() => t.close());

describe('catalogue search', () => {
  it('ignores accents and case, in both directions', async () => {
    expect(await names('banh chung')).toEqual(['Bánh chưng Tranh Khúc']);
    expect(await names('BÁNH CHƯNG')).toEqual(['Bánh chưng Tranh Khúc']);
    expect(await names('Bánh chưng')).toEqual(await names('banh chung'));
  });

  it('treats Đ and d alike', async () => {
    expect(await names('tuong duong lam')).toEqual(['Tương Đường Lâm']);
    expect(await names('TƯƠNG ĐƯỜNG LÂM')).toEqual(['Tương Đường Lâm']);
  });

  it('forgives a small typo', async () => {
    expect(await names('banh chnug')).toContain('Bánh chưng Tranh Khúc');
    expect(await names('gom bat trag')).toEqual(expect.arrayContaining(['Gốm Bát Tràng men lam']));
  });

  it('ranks a whole-word name match before a description match, and a valid mark before an expired one', async () => {
    expect(await names('gom bat trang')).toEqual(['Gốm Bát Tràng men lam', 'Gốm Bát Tràng men rạn', 'Lọ hoa men ngọc']);
  });

  it('keeps expired products findable, labelled as such', async () => {
    const { items } = await search('men ran');
    expect(items[0]).toMatchObject({ name: { vi: 'Gốm Bát Tràng men rạn' }, certificateStatus: 'expired' });
  });

  it('searches English names too', async () => {
    expect(await names('soy sauce')).toEqual(['Tương Đường Lâm']);
  });

  it('finds producers by place, without accents', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/producers?q=duong%20lam' });
    expect(response.json().items.map((p: { name: string }) => p.name)).toEqual(['Cơ sở tương Đường Lâm']);
  });
});

describe('catalogue filters', () => {
  it('filters by category at any level of the classification', async () => {
    expect(await names('', '&category=I')).toEqual(expect.arrayContaining(['Bánh chưng Tranh Khúc', 'Tương Đường Lâm']));
    expect((await search('', '&category=I')).total).toBe(2);
    expect(await names('', '&category=I.4')).toEqual(['Tương Đường Lâm']);
    expect(await names('', '&category=I.4.a')).toEqual(['Tương Đường Lâm']);
    expect((await search('', '&category=IV')).total).toBe(3);
  });

  it('filters by stars and by certificate status', async () => {
    expect(await names('', '&stars=5')).toEqual(['Gốm Bát Tràng men lam']);
    expect(await names('', '&status=expiring')).toEqual(['Tương Đường Lâm']);
    expect(await names('', '&status=expired')).toEqual(['Gốm Bát Tràng men rạn']);
  });

  it('pages results with a total', async () => {
    const page = await search('', '&pageSize=2&page=2&sort=name&status=valid');
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.name.vi)).toEqual(['Lọ hoa men ngọc']);
  });

  it('lists rated products before a product never rated', async () => {
    const producer = await aProducer(t.database, { name: 'Hộ chưa xếp hạng', type: 'household', address: 'Sóc Sơn' });
    await aProduct(t.database, producer.id, { vi: 'Sản phẩm chưa xếp hạng', en: 'Unrated product' });
    const { items } = await search('');
    expect(items[0]?.certificateStatus).toBe('valid');
    expect(items.at(-1)?.certificateStatus).toBe('none');
  });

  it('refuses an unknown filter value with 400', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/products?stars=7' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCertificate, aProduct, aProducer } from '../../../../test/support/catalogue-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';

let t: TestApp;
const names = async (q: string) => {
  const response = await t.app.inject({ method: 'GET', url: `/api/products?q=${encodeURIComponent(q)}` });
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: { name: { vi: string } }[] }).items.map((item) => item.name.vi);
};

beforeAll(async () => {
  t = await createTestApp();
  const { database } = t;
  const hanoi = await aProducer(database, { name: 'HTX Sen Tây Hồ', address: 'Quảng An, Tây Hồ' });
  const thaiNguyen = await aProducer(database, {
    name: 'HTX Chè Tân Cương', type: 'cooperative', address: 'Xã Tân Cương', province: 'Thái Nguyên', commune: 'Tân Cương',
    legacyDistrict: null, region: 'northern-mountains',
  });
  const battrang = await aProducer(database);
  const rated = async (producer: string, name: { vi: string; en: string }, stars: 3 | 4 | 5, extra: Parameters<typeof aProduct>[3] = {}) =>
    aCertificate(database, (await aProduct(database, producer, name, extra)).id, { stars });
  // A five-star Hanoi tea whose description names Thái Nguyên, and a three-star tea from there.
  await rated(hanoi.id, { vi: 'Trà sen Tây Hồ', en: 'West Lake lotus tea' }, 5, {
    categoryCode: 'I.5.a', description: { vi: 'Ướp từ chè búp Thái Nguyên', en: 'Scented from Thai Nguyen tea buds' },
  });
  await rated(thaiNguyen.id, { vi: 'Chè Tân Cương', en: 'Tan Cuong green tea' }, 3, { categoryCode: 'I.5.a' });
  await rated(thaiNguyen.id, { vi: 'Chè Tân Cương túi lọc', en: 'Tan Cuong tea bags' }, 4, { categoryCode: 'I.5.a' });
  // "tra" is a whole word of these names, and only the start of "Tranh".
  await rated(battrang.id, { vi: 'Tranh khảm trai', en: 'Mother-of-pearl inlaid picture' }, 5);
  await rated(battrang.id, { vi: 'Trà hoa vàng', en: 'Golden camellia tea' }, 3, { categoryCode: 'I.5.b' });
  // Ceramics whose English texts say ceramic, porcelain or pottery, and one that does not.
  await rated(battrang.id, { vi: 'Bình hút lộc gốm Bát Tràng', en: 'Bat Trang ceramic fortune jar' }, 4);
  await rated(battrang.id, { vi: 'Bộ bát đĩa sứ vẽ tay', en: 'Hand-painted porcelain dinner set' }, 4);
  await rated(battrang.id, { vi: 'Gốm Phù Lãng', en: 'Phu Lang pottery' }, 3);
  await rated(battrang.id, { vi: 'Lọ hoa men rạn', en: 'Crackle-glaze vase' }, 5, {
    description: { vi: 'Làm tại làng gốm Bát Tràng', en: 'Made in the Bat Trang potteries' },
  });
  await rated(battrang.id, { vi: 'Khăn lụa in hoa', en: 'Printed silk scarf' }, 5);
});
afterAll(() => t.close());

describe('catalogue ranking', () => {
  it('puts a product from the province the query names before a product that only mentions it', async () => {
    expect(await names('che thai nguyen')).toEqual(['Chè Tân Cương túi lọc', 'Chè Tân Cương', 'Trà sen Tây Hồ']);
  });

  it('puts names holding every word first, a whole word before the start of a longer one, then more stars', async () => {
    expect(await names('tra')).toEqual(['Trà sen Tây Hồ', 'Trà hoa vàng', 'Tranh khảm trai', 'Bình hút lộc gốm Bát Tràng', 'Lọ hoa men rạn']);
  });

  it('puts name matches before description matches, stars deciding within each', async () => {
    expect(await names('gom bat trang')).toEqual(['Bình hút lộc gốm Bát Tràng', 'Lọ hoa men rạn']);
  });

  it('corrects a misspelt word into the words the catalogue holds', async () => {
    expect(await names('khan lau')).toEqual(['Khăn lụa in hoa']);
    expect(await names('porcelian')).toEqual(['Bộ bát đĩa sứ vẽ tay']);
  });
});

describe('English search', () => {
  it('finds the pottery and ceramics whose English texts say so, names first', async () => {
    expect(await names('pottery')).toEqual(['Bình hút lộc gốm Bát Tràng', 'Bộ bát đĩa sứ vẽ tay', 'Gốm Phù Lãng', 'Lọ hoa men rạn']);
  });

  it('stems English words: plurals and other forms find each other', async () => {
    expect(await names('ceramics')).toEqual(['Bình hút lộc gốm Bát Tràng', 'Bộ bát đĩa sứ vẽ tay', 'Gốm Phù Lãng', 'Lọ hoa men rạn']);
    expect(await names('printed scarfs')).toEqual(['Khăn lụa in hoa']);
    expect(await names('pictures')).toEqual(['Tranh khảm trai']);
  });
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aProduct, aProducer } from '../../../../test/support/catalogue-fixtures.ts';
import { multipart, pdfDocument, phonePhoto, pngImage } from '../../../../test/support/file-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { rows } from '../../../server/db/rows.ts';
import { users } from '../../accounts/tables.ts';

let t: TestApp;
let own: { id: string };
let ownProduct: { id: string };
let otherProduct: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  own = await aProducer(t.database, { name: 'HTX Lụa Vạn Phúc', address: 'Vạn Phúc, Hà Đông' });
  const other = await aProducer(t.database, { name: 'HTX Gốm Chu Đậu', address: 'Chu Đậu, Hải Dương' });
  ownProduct = await aProduct(t.database, own.id, { vi: 'Khăn lụa tơ tằm', en: 'Silk scarf' });
  otherProduct = await aProduct(t.database, other.id, { vi: 'Bình gốm', en: 'Jar' });
  const producer = await t.as('producer');
  await t.database.db.update(users).set({ producerId: own.id }).where(eq(users.id, producer.userId));
});
afterAll(() => t.close());

async function uploadAs(role: 'producer' | 'organizer', data: Buffer, name = 'anh.jpg'): Promise<{ id: string; url: string; thumbnailUrl: string }> {
  const body = multipart([{ filename: name, data }]);
  const response = await t.request(role, { method: 'POST', url: '/api/files?for=product', payload: body.payload, headers: body.headers });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().files[0];
}
const product = async (id: string) => (await t.request(null, { method: 'GET', url: `/api/products/${id}` })).json();
const patchPhotos = (role: 'producer' | 'organizer', id: string, photos: string[]) =>
  t.request(role, { method: 'PATCH', url: `/api/products/${id}`, payload: { photos } });

it('takes uploaded photos beside photo URLs, in the order given, and shows them to everyone', async () => {
  const first = await uploadAs('producer', await phonePhoto());
  const second = await uploadAs('producer', await pngImage());
  // Until the product is saved with it, a photo is the uploader's alone.
  expect((await t.request(null, { method: 'GET', url: first.url })).statusCode).toBe(401);
  const saved = await patchPhotos('producer', ownProduct.id, [second.url, 'https://example.org/khan.jpg', first.url]);
  expect(saved.statusCode, saved.body).toBe(204);
  const detail = await product(ownProduct.id);
  expect(detail.photos).toEqual([second.url, 'https://example.org/khan.jpg', first.url]);
  expect(detail.photo).toBe(second.url);
  const served = await t.request(null, { method: 'GET', url: first.thumbnailUrl });
  expect(served.statusCode).toBe(200);
  expect(served.headers['cache-control']).toContain('immutable');
  const listed = (await t.request(null, { method: 'GET', url: `/api/products?producer=${own.id}` })).json();
  expect(listed.items.find((p: { id: string }) => p.id === ownProduct.id).photo).toBe(second.url);
});

it('removes a photo left out when the product is saved, bytes and all', async () => {
  const photo = await uploadAs('producer', await pngImage(77, 77));
  const kept = (await product(ownProduct.id)).photos as string[];
  expect((await patchPhotos('producer', ownProduct.id, [...kept, photo.url])).statusCode).toBe(204);
  expect((await patchPhotos('producer', ownProduct.id, kept)).statusCode).toBe(204);
  expect((await t.request(null, { method: 'GET', url: photo.url })).statusCode).toBe(404);
  const orphans = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM file_blobs b WHERE NOT EXISTS (SELECT 1 FROM file_variants v WHERE v.sha256 = b.sha256)`);
  expect(orphans[0]!.n).toBe(0);
  const audit = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'file.attach' AND entity_id = ${ownProduct.id}`);
  expect(audit[0]!.n).toBe(3);
});

it("never lets a product show another's upload or another product's photo", async () => {
  const staffUpload = await uploadAs('organizer', await pngImage(88, 90));
  const refused = await patchPhotos('producer', ownProduct.id, [staffUpload.url]);
  expect(refused.statusCode).toBe(400);
  expect(refused.json().error.code).toBe('file_not_available');
  const ownPhotos = (await product(ownProduct.id)).photos as string[];
  const stolen = await patchPhotos('organizer', otherProduct.id, [ownPhotos[0]!]);
  expect(stolen.statusCode).toBe(400);
  expect(stolen.json().error.code).toBe('file_not_available');
  const missing = await patchPhotos('producer', ownProduct.id, ['/api/files/00000000-0000-4000-8000-000000000000']);
  expect(missing.json().error.code).toBe('file_not_found');
  // Nothing changed: the product keeps its photos.
  expect((await product(ownProduct.id)).photos).toEqual(ownPhotos);
});

it('takes photos when a product is created, and refuses a document as a photo', async () => {
  const photo = await uploadAs('producer', await phonePhoto(320, 240));
  const created = await t.request('producer', {
    method: 'POST',
    url: '/api/products',
    payload: { producerId: own.id, name: { vi: 'Áo dài lụa', en: 'Silk ao dai' }, categoryCode: 'IV.2', photos: [photo.url] },
  });
  expect(created.statusCode, created.body).toBe(201);
  expect((await product(created.json().id)).photos).toEqual([photo.url]);
  const body = multipart([{ filename: 'ho-so.pdf', data: pdfDocument() }]);
  const staged = (await t.request('producer', { method: 'POST', url: '/api/files', payload: body.payload, headers: body.headers })).json().files[0];
  const refused = await patchPhotos('producer', ownProduct.id, [staged.url]);
  expect(refused.statusCode).toBe(400);
  expect(refused.json().error.code).toBe('file_not_accepted_here');
  expect((await patchPhotos('producer', ownProduct.id, ['javascript:alert(1)'])).statusCode).toBe(400);
});

import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, pdfDocument, phonePhoto, pngImage, type Part } from '../../../test/support/file-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { rows } from '../../server/db/rows.ts';
import { clock, fixedClock, setClock, systemClock } from '../../shared/time/clock.ts';
import { SYSTEM_ACTOR } from '../audit/actor.ts';
import { attachFiles } from './attach-files.ts';
import type { FileInfo } from './contract.ts';
import { purgeStagedFiles } from './delete-staged-file.ts';
import { defineFileOwner } from './file-owners.ts';
import { files } from './tables.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function upload(parts: Part[], role: 'producer' | 'organizer' | 'surveyor' = 'producer'): Promise<FileInfo[]> {
  const body = multipart(parts);
  const response = await t.request(role, { method: 'POST', url: '/api/files', payload: body.payload, headers: body.headers });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().files;
}

// A record kind of a module to come: a surveyor's dossier, seen by its surveyor and by staff.
const DOSSIER = defineFileOwner({
  kind: 'test-dossier',
  visibility: 'private',
  accepts: ['image', 'document'],
  maxFiles: 3,
  canView: async (_db, user, ownerId) => user.role === 'organizer' || user.id === ownerId,
});

describe('images', () => {
  it('are turned upright, stripped of their metadata and get display and thumbnail renditions', async () => {
    const [file] = await upload([{ filename: 'phone.jpg', data: await phonePhoto(2400, 1600) }]);
    // The phone's pixels are sideways (EXIF orientation 6): stored upright, 1600 wide.
    expect([file!.width, file!.height]).toEqual([1600, 2400]);
    const sizes: Record<string, [number, number, string]> = { original: [1600, 2400, 'jpeg'], display: [853, 1280, 'webp'], thumb: [267, 400, 'webp'] };
    for (const [variant, [width, height, format]] of Object.entries(sizes)) {
      const served = await t.request('producer', { method: 'GET', url: `/api/files/${file!.id}/${variant}` });
      expect(served.headers['content-type']).toBe(`image/${format}`);
      const meta = await sharp(served.rawPayload).metadata();
      expect([meta.width, meta.height, meta.format], variant).toEqual([width, height, format]);
      expect(meta.exif, `${variant} keeps no EXIF (GPS, camera)`).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(served.rawPayload.includes(Buffer.from('Secret Model'))).toBe(false);
    }
    // The default rendition is the display one.
    const plain = await t.request('producer', { method: 'GET', url: file!.url });
    expect(plain.headers['content-type']).toBe('image/webp');
  });

  it('keep the same bytes once, however many files use them', async () => {
    const png = await pngImage(123, 45);
    const before = (await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM file_blobs`))[0]!.n;
    const [a] = await upload([{ filename: 'a.png', data: png }]);
    const [b] = await upload([{ filename: 'b.png', data: png }]);
    expect(a!.id).not.toBe(b!.id);
    expect(a!.sha256).toBe(b!.sha256);
    const after = (await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM file_blobs`))[0]!.n;
    expect(after - before).toBe(3); // original, display, thumb: once
  });
});

describe('caching', () => {
  it('serves a public file for a year as immutable, with its checksum as ETag, and 304 when unchanged', async () => {
    const [file] = await upload([{ filename: 'p.png', data: await pngImage(50, 50) }], 'organizer');
    const organizer = await userOf((await t.as('organizer')).userId);
    await t.database.db.transaction((tx) =>
      attachFiles(tx, organizer, SYSTEM_ACTOR, { owner: { kind: DOSSIER.kind, id: 'public-board' }, fileIds: [file!.id], visibility: 'public' }),
    );
    const first = await t.request(null, { method: 'GET', url: `/api/files/${file!.id}/thumb` });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const { createHash } = await import('node:crypto');
    expect(etag).toBe(`"${createHash('sha256').update(first.rawPayload).digest('hex')}"`);
    const again = await t.request(null, { method: 'GET', url: `/api/files/${file!.id}/thumb`, headers: { 'if-none-match': `W/"other", ${etag}` } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload).toHaveLength(0);
    expect(again.headers.etag).toBe(etag);
    const changed = await t.request(null, { method: 'GET', url: `/api/files/${file!.id}/thumb`, headers: { 'if-none-match': '"something-else"' } });
    expect(changed.statusCode).toBe(200);
  });

  it('makes a browser revalidate a private file, and names a PDF for saving', async () => {
    const [file] = await upload([{ filename: 'Biên bản khảo sát.pdf', data: pdfDocument() }], 'surveyor');
    const served = await t.request('surveyor', { method: 'GET', url: file!.url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(served.headers['cache-control']).toBe('private, no-cache');
    expect(served.headers['content-disposition']).toBe(
      `inline; filename="Bien ban khao sat.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20kh%E1%BA%A3o%20s%C3%A1t.pdf`,
    );
    expect(served.rawPayload.equals(pdfDocument())).toBe(true);
    const download = await t.request('surveyor', { method: 'GET', url: `${file!.url}?download=true` });
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
    const revalidated = await t.request('surveyor', { method: 'GET', url: file!.url, headers: { 'if-none-match': served.headers.etag as string } });
    expect(revalidated.statusCode).toBe(304);
    expect((await t.request('surveyor', { method: 'GET', url: `/api/files/${file!.id}/thumb` })).statusCode).toBe(404);
  });
});

describe('private files', () => {
  it('shows an upload not yet saved to its uploader and administrators only', async () => {
    const [file] = await upload([{ filename: 'draft.png', data: await pngImage(40, 40) }], 'producer');
    expect(file!.visibility).toBe('private');
    expect(file!.attached).toBe(false);
    expect((await t.request(null, { method: 'GET', url: file!.url })).statusCode).toBe(401);
    expect((await t.request('surveyor', { method: 'GET', url: file!.url })).statusCode).toBe(403);
    expect((await t.request('organizer', { method: 'GET', url: `/api/files/${file!.id}/info` })).statusCode).toBe(403);
    // Not even a 304 tells a stranger the file is there.
    expect((await t.request('surveyor', { method: 'GET', url: file!.url, headers: { 'if-none-match': '*' } })).statusCode).toBe(403);
    expect((await t.request('producer', { method: 'GET', url: file!.url })).statusCode).toBe(200);
    expect((await t.request('admin', { method: 'GET', url: file!.url })).statusCode).toBe(200);
  });

  it('shows a private file of a record to those its module lets see the record', async () => {
    const surveyor = await t.as('surveyor');
    const [photo, report] = await upload([{ filename: 'shop.jpg', data: await phonePhoto() }, { filename: 'report.pdf', data: pdfDocument() }], 'surveyor');
    const user = { ...(await userOf(surveyor.userId)) };
    await t.database.db.transaction((tx) =>
      attachFiles(tx, user, { id: surveyor.userId, email: 'surveyor@test.example' }, { owner: { kind: DOSSIER.kind, id: surveyor.userId }, fileIds: [report!.id, photo!.id] }),
    );
    for (const file of [photo!, report!]) {
      expect((await t.request('surveyor', { method: 'GET', url: file.url })).statusCode).toBe(200);
      expect((await t.request('organizer', { method: 'GET', url: file.url })).statusCode).toBe(200);
      expect((await t.request('producer', { method: 'GET', url: file.url })).statusCode).toBe(403);
      expect((await t.request(null, { method: 'GET', url: file.url })).statusCode).toBe(401);
    }
    const info = (await t.request('surveyor', { method: 'GET', url: `/api/files/${photo!.id}/info` })).json();
    expect(info).toMatchObject({ attached: true, visibility: 'private', kind: 'image' });
    const order = await t.database.db.select({ id: files.id, position: files.position }).from(files).where(eq(files.ownerId, surveyor.userId)).orderBy(files.position);
    expect(order.map((f) => f.id)).toEqual([report!.id, photo!.id]);
    // Once attached, the upload is the record's: it is removed by saving the record without it.
    const discard = await t.request('surveyor', { method: 'DELETE', url: `/api/files/${photo!.id}` });
    expect(discard.statusCode).toBe(409);
  });
});

describe('staged uploads', () => {
  it('can be discarded by their uploader, and are purged when never saved', async () => {
    const [kept, discarded] = await upload([{ filename: 'k.png', data: await pngImage(60, 61) }, { filename: 'd.png', data: await pngImage(62, 63) }]);
    expect((await t.request('surveyor', { method: 'DELETE', url: `/api/files/${discarded!.id}` })).statusCode).toBe(403);
    expect((await t.request('producer', { method: 'DELETE', url: `/api/files/${discarded!.id}` })).statusCode).toBe(204);
    expect((await t.request('producer', { method: 'GET', url: discarded!.url })).statusCode).toBe(404);
    try {
      setClock(fixedClock(new Date(clock.now().getTime() + 25 * 3600_000)));
      const purged = await purgeStagedFiles(t.database, clock.now());
      expect(purged).toBeGreaterThanOrEqual(1);
    } finally {
      setClock(systemClock);
    }
    expect((await t.request('producer', { method: 'GET', url: kept!.url })).statusCode).toBe(404);
    const orphans = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM file_blobs b WHERE NOT EXISTS (SELECT 1 FROM file_variants v WHERE v.sha256 = b.sha256)`);
    expect(orphans[0]!.n).toBe(0);
  });
});

async function userOf(id: string) {
  const { users } = await import('../accounts/tables.ts');
  const [u] = await t.database.db.select().from(users).where(eq(users.id, id));
  return { id: u!.id, email: u!.email, displayName: u!.displayName, role: u!.role, producerId: u!.producerId, buyerOrganisationId: u!.buyerOrganisationId, preferredLanguage: u!.preferredLanguage, mustChangePassword: false };
}

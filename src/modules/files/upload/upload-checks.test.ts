import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gifImage, multipart, pdfDocument, phonePhoto, pixelBomb, pngImage, webpImage, type Part } from '../../../../test/support/file-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { rows } from '../../../server/db/rows.ts';
import { FILE_LIMITS } from '../limits.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const upload = (parts: Part[], role: 'producer' | 'organizer' | 'surveyor' | 'buyer' = 'producer', query = '') => {
  const body = multipart(parts);
  return t.request(role, { method: 'POST', url: `/api/files${query}`, payload: body.payload, headers: { ...body.headers, 'accept-language': 'en' } });
};
const counts = async () =>
  (await rows<{ files: number; blobs: number; audits: number }>(t.database.db, sql`
    SELECT (SELECT count(*)::int FROM files) AS files, (SELECT count(*)::int FROM file_blobs) AS blobs,
           (SELECT count(*)::int FROM audit_log WHERE action = 'file.upload') AS audits`))[0]!;

describe('the type of an upload comes from its content', () => {
  it('accepts JPEG, PNG, WebP and PDF whatever they are called or claim to be', async () => {
    const response = await upload([
      { filename: 'anh.pdf', contentType: 'application/pdf', data: await phonePhoto() },
      { filename: 'logo', contentType: 'text/plain', data: await pngImage() },
      { filename: 'ho-so.jpg', contentType: 'image/jpeg', data: pdfDocument() },
      { filename: 'C:\\Users\\lan\\Ảnh đẹp.png', contentType: 'image/png', data: await webpImage() },
    ]);
    expect(response.statusCode).toBe(201);
    const files = response.json().files as { name: string; mediaType: string; kind: string }[];
    expect(files.map((f) => [f.name, f.mediaType, f.kind])).toEqual([
      ['anh.jpg', 'image/jpeg', 'image'],
      ['logo.png', 'image/png', 'image'],
      ['ho-so.pdf', 'application/pdf', 'document'],
      ['Ảnh đẹp.webp', 'image/webp', 'image'],
    ]);
  });

  it('refuses an HTML page named .jpg and sent as image/jpeg', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
    const response = await upload([{ filename: 'photo.jpg', contentType: 'image/jpeg', data: html }]);
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupported_file_type');
    expect(response.json().error.message).toMatch(/JPEG, PNG and WebP images and PDF/);
  });

  it('refuses SVG, which can carry script, and image types it does not take (GIF)', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>');
    const asSvg = await upload([{ filename: 'logo.svg', contentType: 'image/svg+xml', data: svg }]);
    expect(asSvg.statusCode).toBe(415);
    const asPng = await upload([{ filename: 'logo.png', contentType: 'image/png', data: svg }]);
    expect(asPng.statusCode).toBe(415);
    const gif = await upload([{ filename: 'a.gif', data: await gifImage() }]);
    expect(gif.statusCode).toBe(415);
    expect(gif.json().error.details.detected).toBe('image/gif');
  });

  it('rewrites a JPEG/HTML polyglot: the pixels are kept, the appended page is gone', async () => {
    const polyglot = Buffer.concat([await phonePhoto(), Buffer.from('<html><script>alert("polyglot")</script></html>')]);
    const response = await upload([{ filename: 'poly.jpg', data: polyglot }]);
    expect(response.statusCode).toBe(201);
    const [file] = response.json().files as { id: string }[];
    for (const variant of ['original', 'display', 'thumb']) {
      const served = await t.request('producer', { method: 'GET', url: `/api/files/${file!.id}/${variant}` });
      expect(served.statusCode).toBe(200);
      expect(served.rawPayload.includes(Buffer.from('<script'))).toBe(false);
      expect(served.rawPayload.includes(Buffer.from('<html'))).toBe(false);
    }
  });

  it('refuses a PDF that is cut short or carries script', async () => {
    const truncated = pdfDocument().subarray(0, 120);
    const cut = await upload([{ filename: 'cut.pdf', data: truncated }]);
    expect(cut.statusCode).toBe(422);
    expect(cut.json().error.code).toBe('invalid_pdf');
    const scripted = await upload([{ filename: 'js.pdf', data: pdfDocument('/AA << /O << /S /JavaScript /JS (app.alert(1)) >> >> ') }]);
    expect(scripted.statusCode).toBe(422);
    // A PDF/HTML polyglot without an end of file is refused, and one with it is served as a PDF only.
    const htmlPdf = await upload([{ filename: 'x.pdf', data: Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>') }]);
    expect(htmlPdf.statusCode).toBe(422);
  });

  it('refuses an image whose bytes are broken behind a valid signature', async () => {
    const photo = await phonePhoto();
    const broken = Buffer.concat([photo.subarray(0, 200), Buffer.alloc(2000, 7)]);
    const response = await upload([{ filename: 'broken.jpg', data: broken }]);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('invalid_image');
  });
});

describe('limits', () => {
  it(`refuses a file over ${FILE_LIMITS.maxBytes / 1024 / 1024} MB and says the limit`, async () => {
    const big = Buffer.concat([await phonePhoto(), Buffer.alloc(FILE_LIMITS.maxBytes)]);
    const before = await counts();
    const response = await upload([{ filename: 'huge.jpg', data: big }]);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('file_too_large');
    expect(response.json().error.message).toContain('10 MB');
    expect(response.json().error.details.maxBytes).toBe(FILE_LIMITS.maxBytes);
    expect(await counts()).toEqual(before);
  });

  it('refuses a decompression bomb from its header, before decoding it', async () => {
    const bomb = pixelBomb();
    expect(bomb.length).toBeLessThan(2000);
    const response = await upload([{ filename: 'bomb.png', data: bomb }]);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('image_too_large');
    expect(response.json().error.message).toBe('The image is too large: 30000 × 30000 pixels, at most 50 megapixels');
  });

  it(`takes at most ${FILE_LIMITS.maxFilesPerRequest} files at once`, async () => {
    const png = await pngImage(20, 20);
    const response = await upload(Array.from({ length: FILE_LIMITS.maxFilesPerRequest + 1 }, (_, i) => ({ filename: `${i}.png`, data: png })));
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('too_many_files');
  });

  it('stores every file of an upload or none', async () => {
    const before = await counts();
    const response = await upload([
      { filename: 'ok.jpg', data: await phonePhoto() },
      { filename: 'ok.png', data: await pngImage() },
      { filename: 'bad.jpg', data: Buffer.from('<html></html>') },
    ]);
    expect(response.statusCode).toBe(415);
    expect(await counts()).toEqual(before);
  });

  it('writes an audit row for every stored file, and asks for multipart and a file', async () => {
    const before = await counts();
    const response = await upload([{ filename: 'a.png', data: await pngImage(30, 30) }, { filename: 'b.png', data: await pngImage(31, 30) }], 'surveyor');
    expect(response.statusCode).toBe(201);
    const after = await counts();
    expect(after.files - before.files).toBe(2);
    expect(after.audits - before.audits).toBe(2);
    const json = await t.request('producer', { method: 'POST', url: '/api/files', payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('multipart_required');
    const empty = await upload([]);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('no_file');
  });

  it('answers a multipart body whose boundary never closes with 400, not 500, and stores nothing', async () => {
    const before = await counts();
    const cut = await t.request('producer', {
      method: 'POST', url: '/api/files', headers: { 'content-type': 'multipart/form-data; boundary=b', 'accept-language': 'en' },
      payload: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nnot a png',
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.json().error).toMatchObject({ code: 'malformed_upload', message: 'The upload is not well-formed multipart/form-data' });
    expect(await counts()).toEqual(before);
  });

  it('applies the rules of the record the files are for, at once', async () => {
    const response = await upload([{ filename: 'ho-so.pdf', data: pdfDocument() }], 'producer', '?for=product');
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('file_not_accepted_here');
    const unknown = await upload([{ filename: 'a.png', data: await pngImage() }], 'producer', '?for=spaceship');
    expect(unknown.statusCode).toBe(400);
  });

  it('lets buyers and anonymous visitors upload nothing', async () => {
    const body = multipart([{ filename: 'a.png', data: await pngImage() }]);
    expect((await t.request('buyer', { method: 'POST', url: '/api/files', payload: body.payload, headers: body.headers })).statusCode).toBe(403);
    expect((await t.request(null, { method: 'POST', url: '/api/files', payload: body.payload, headers: body.headers })).statusCode).toBe(401);
  });
});

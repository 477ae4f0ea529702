import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { multipart, pdfDocument, phonePhoto } from '../../../test/support/file-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { openTestDatabase } from '../../../test/support/test-database.ts';
import { backupDatabase } from '../../server/backup/backup-database.ts';
import { restoreDatabase } from '../../server/backup/restore-database.ts';
import { buildApp } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPglite } from '../../server/db/open-pglite.ts';
import type { Database } from '../../server/db/database.ts';

let t: TestApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-files-backup-'));
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function serve(database: Database, url: string) {
  const app = await buildApp({ database, config: { ...readConfig({}), databaseUrl: undefined }, webDistDir: null });
  try {
    return await app.inject({ method: 'GET', url });
  } finally {
    await app.close();
  }
}

it('keeps every file, byte for byte, through a backup restored on the other engine and back', { timeout: 180_000 }, async () => {
  // A photo, and a PDF of 2 MB of incompressible bytes (every byte value, in a stream).
  const noise = randomBytes(2 * 1024 * 1024);
  const big = Buffer.concat([pdfDocument().subarray(0, -6), Buffer.from('4 0 obj\n<< /Length 0 >>\nstream\n'), noise, Buffer.from('\nendstream\nendobj\n%%EOF\n')]);
  const body = multipart([{ filename: 'ảnh.jpg', data: await phonePhoto(1200, 900) }, { filename: 'hồ sơ lớn.pdf', data: big }]);
  const uploaded = await t.request('organizer', { method: 'POST', url: '/api/files', payload: body.payload, headers: body.headers });
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const urls = (uploaded.json().files as { id: string }[]).flatMap((f, i) => (i === 0 ? ['original', 'display', 'thumb'].map((v) => `/api/files/${f.id}/${v}`) : [`/api/files/${f.id}`]));
  const before = await Promise.all(urls.map((url) => t.request('organizer', { method: 'GET', url })));
  expect(before[3]!.rawPayload.equals(big)).toBe(true);

  const first = path.join(dir, 'first.gz');
  await backupDatabase(t.database, first);
  const embedded = await openPglite();
  const server = await openTestDatabase();
  try {
    await migrate(embedded);
    await restoreDatabase(embedded, first);
    const second = path.join(dir, 'second.gz');
    await backupDatabase(embedded, second);
    await restoreDatabase(server, second);

    for (const database of [embedded, server]) {
      // The staged files are private: served to their uploader, so sign in on the restored copy.
      const app = await buildApp({ database, config: { ...readConfig({}), databaseUrl: undefined }, webDistDir: null });
      try {
        const signIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'organizer@test.example', password: 'correct horse battery staple' } });
        const cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
        for (const [i, url] of urls.entries()) {
          const after = await app.inject({ method: 'GET', url, headers: { cookie } });
          expect(after.statusCode, url).toBe(200);
          expect(after.headers.etag).toBe(before[i]!.headers.etag);
          expect(after.rawPayload.equals(before[i]!.rawPayload), url).toBe(true);
        }
      } finally {
        await app.close();
      }
    }
    expect((await serve(server, urls[0]!)).statusCode).toBe(401);
  } finally {
    await embedded.close();
    await server.close();
  }
});

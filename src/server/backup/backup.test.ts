import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { openTestDatabase } from '../../../test/support/test-database.ts';
import { databaseFingerprint } from '../../../test/support/database-fingerprint.ts';
import { migrate } from '../db/migrate.ts';
import { openPglite } from '../db/open-pglite.ts';
import { rows } from '../db/rows.ts';
import { backupDatabase } from './backup-database.ts';
import { restoreDatabase } from './restore-database.ts';

let t: TestApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-backup-'));
beforeAll(async () => {
  t = await createTestApp();
  // Data with the awkward cases: Vietnamese text, JSON, timestamps, identity ids with gaps.
  await t.request('admin', { method: 'POST', url: '/api/users', payload: { email: 'lan@test.example', displayName: 'Nguyễn Thị Lan — HTX Gốm Bát Tràng', role: 'producer' } });
  await t.request('admin', { method: 'POST', url: '/api/users', payload: { email: 'mua@test.example', displayName: "O'Brien & Sons \"Hà Nội\"", role: 'buyer' } });
  await t.database.db.execute(sql`DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)`);
});
afterAll(() => t.close());

const dataLines = (file: string) => gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter((line) => !line.startsWith('H '));

it('restores to an identical database on the other engine and back', async () => {
  const first = path.join(dir, 'first.gz');
  await backupDatabase(t.database, first);

  const embedded = await openPglite();
  const again = await openTestDatabase();
  try {
    await migrate(embedded);
    await restoreDatabase(embedded, first);
    const second = path.join(dir, 'second.gz');
    await backupDatabase(embedded, second);

    await restoreDatabase(again, second);
    const third = path.join(dir, 'third.gz');
    await backupDatabase(again, third);

    expect(dataLines(second)).toEqual(dataLines(first));
    expect(dataLines(third)).toEqual(dataLines(first));
    expect(await databaseFingerprint(again)).toEqual(await databaseFingerprint(t.database));
    // New rows continue the original numbering rather than reusing ids.
    const next = (db: typeof again) => rows<{ n: number }>(db.db, sql`SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))::int AS n`);
    expect(await next(again)).toEqual(await next(t.database));
  } finally {
    await embedded.close();
    await again.close();
  }
}, 120_000); // migrates a fresh embedded database from scratch: slow on a loaded machine

it('leaves the database untouched when the backup does not fit it', async () => {
  const file = path.join(dir, 'first-again.gz');
  await backupDatabase(t.database, file);
  const before = await databaseFingerprint(t.database);
  const empty = await openPglite();
  try {
    await expect(restoreDatabase(empty, file)).rejects.toThrow();
  } finally {
    await empty.close();
  }
  fs.writeFileSync(path.join(dir, 'junk.gz'), 'not a backup');
  await expect(restoreDatabase(t.database, path.join(dir, 'junk.gz'))).rejects.toThrow();
  expect(await databaseFingerprint(t.database)).toEqual(before);
});

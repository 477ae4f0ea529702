import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../../test/support/test-env.ts';
import { openTestDatabase } from '../../../test/support/test-database.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { describeSchema } from './describe-schema.ts';
import { migrate, readMigrations } from './migrate.ts';
import { openPglite } from './open-pglite.ts';
import { rows } from './rows.ts';

describe('migrations', () => {
  it('are numbered files applied once, in order', async () => {
    const database = await openTestDatabase();
    try {
      const files = readMigrations();
      // Each module numbers from its own range (TEAM.md), so versions have gaps; they only rise, once each.
      const versions = files.map((m) => m.version);
      expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
      expect(await migrate(database)).toEqual([]);
      const applied = await rows<{ name: string }>(database.db, sql`SELECT name FROM schema_migrations ORDER BY version`);
      expect(applied.map((r) => r.name)).toEqual(files.map((m) => m.name));
    } finally {
      await database.close();
    }
  });

  it('roll back entirely when one of them fails', async () => {
    const database = await openPglite();
    try {
      const broken = [
        ...readMigrations(),
        { version: 9998, name: '9998_ok', sql: 'CREATE TABLE should_vanish (id int);', checksum: 'a' },
        { version: 9999, name: '9999_broken', sql: 'CREATE TABLE oops (id no_such_type);', checksum: 'b' },
      ];
      await expect(migrate(database, broken)).rejects.toThrow();
      const tables = await rows(database.db, sql`SELECT 1 FROM information_schema.tables WHERE table_name IN ('should_vanish', 'users')`);
      expect(tables).toHaveLength(0);
    } finally {
      await database.close();
    }
  }, 120_000); // runs every migration on a fresh embedded database

  it('refuse to run when an applied migration was edited since', async () => {
    const database = await openTestDatabase();
    try {
      const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
      await expect(migrate(database, edited)).rejects.toThrow(/edited after it was applied/);
    } finally {
      await database.close();
    }
  });

  it('make vowels, tones and đ fold away in search keys', async () => {
    const database = await openTestDatabase();
    try {
      const [row] = await rows<{ folded: string }>(database.db, sql`SELECT ocop_fold('Bánh chưng Tranh Khúc – ĐƯỜNG LÂM') AS folded`);
      expect(row?.folded).toBe('banh chung tranh khuc - duong lam');
    } finally {
      await database.close();
    }
  });
});

describe.runIf(testDatabaseUrl)('PGlite and the PostgreSQL server', () => {
  it('end up with exactly the same schema', async () => {
    const server = await openTestDatabase();
    const embedded = await openPglite();
    try {
      await migrate(embedded);
      expect(await describeSchema(embedded.db)).toEqual(await describeSchema(server.db));
    } finally {
      await embedded.close();
      await server.close();
    }
  });
});

describe('the embedded data folder', () => {
  it('is opened by one process only; a stale lock is taken over', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-lock-'));
    // A live process other than this one holds it: the parent of this test process.
    fs.writeFileSync(path.join(dir, 'ocop.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(/already open in process/);
    fs.writeFileSync(path.join(dir, 'ocop.lock'), '999999999');
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'ocop.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'ocop.lock'))).toBe(false);
  });
});

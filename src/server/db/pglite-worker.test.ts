import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { openPgliteInWorker } from './open-pglite-worker.ts';
import { rows } from './rows.ts';

// The embedded database of the server runs in a worker thread (open-pglite-worker.ts); these are
// the promises its proxy keeps to Drizzle and to the rest of the platform.
describe('PGlite in a worker thread', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openPgliteInWorker();
    await database.db.execute(sql`CREATE TABLE t (id int PRIMARY KEY, day date, at timestamptz, n numeric)`);
  });
  afterAll(() => database.close());

  it('answers queries with the types Drizzle expects (dates and timestamps as text)', async () => {
    await database.db.execute(sql`INSERT INTO t VALUES (1, '2028-02-29', '2028-02-29T09:00:00Z', 1.5)`);
    const [row] = await rows<{ day: unknown; at: unknown; id: unknown }>(database.db, sql`SELECT id, day, at FROM t WHERE id = 1`);
    expect(row).toEqual({ id: 1, day: '2028-02-29', at: expect.stringMatching(/^2028-02-29 09:00:00\+00/) });
  });

  it('commits a transaction, and rolls it back when its work throws', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO t (id) VALUES (2)`);
    });
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO t (id) VALUES (3)`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const ids = await rows<{ id: number }>(database.db, sql`SELECT id FROM t WHERE id IN (2, 3) ORDER BY id`);
    expect(ids).toEqual([{ id: 2 }]);
  });

  it('keeps nested transactions as savepoints', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO t (id) VALUES (4)`);
      await tx.transaction(async (inner) => {
        await inner.execute(sql`INSERT INTO t (id) VALUES (5)`);
        inner.rollback();
      }).catch(() => undefined);
    });
    const ids = await rows<{ id: number }>(database.db, sql`SELECT id FROM t WHERE id IN (4, 5) ORDER BY id`);
    expect(ids).toEqual([{ id: 4 }]);
  });

  it('makes other queries wait while a transaction is open, so they never see its half', async () => {
    let outside: Promise<{ n: number }[]> | undefined;
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO t (id) VALUES (6)`);
      outside = rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM t WHERE id IN (6, 7)`);
      await tx.execute(sql`INSERT INTO t (id) VALUES (7)`);
    });
    expect(await outside).toEqual([{ n: 2 }]);
  });

  it('keeps the SQLSTATE and constraint of a refused write', async () => {
    const error = await database.db.execute(sql`INSERT INTO t (id) VALUES (1)`).catch((e: unknown) => e);
    const cause = (error as { cause?: { code?: string; constraint?: string } }).cause ?? (error as { code?: string });
    expect(cause).toMatchObject({ code: '23505', constraint: 't_pkey' });
  });

  it('runs scripts of several statements in a raw transaction', async () => {
    const count = await database.rawTransaction(async (client) => {
      await client.exec('INSERT INTO t (id) VALUES (8); INSERT INTO t (id) VALUES (9);');
      return client.query<{ n: number }>('SELECT count(*)::int AS n FROM t WHERE id > $1', [7]);
    });
    expect(count).toEqual([{ n: 2 }]);
  });

  it('delivers a NOTIFY before the answer to the statement that sent it', async () => {
    const heard: string[] = [];
    await database.listen('writes', (payload) => heard.push(payload));
    await database.db.execute(sql`SELECT pg_notify('writes', 'products')`);
    expect(heard).toEqual(['products']);
  });
});

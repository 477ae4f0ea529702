// Puts a crash exactly where a test wants it: the suite holds a row lock that a long write needs
// near its end, waits until the write stands blocked on it (everything before already written,
// uncommitted), then the test kills the server. Released afterwards, the orphaned backend finds
// its client gone and rolls back; nothing of the write may survive.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { rows } from '../../../src/server/db/rows.ts';
import type { Cluster } from './cluster.ts';

export interface HeldLock {
  /** The backend of the suite's transaction that holds the lock. */
  pid: number;
  release(): Promise<void>;
}

/** Runs `statement` (e.g. `SELECT … FOR UPDATE`) in a transaction of its own, kept open until released. */
export async function holdLock(cluster: Cluster, statement: string, params: unknown[] = []): Promise<HeldLock> {
  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  // Ended from outside (a test that terminates connections), it has nothing left to hold.
  client.on('error', () => undefined);
  await client.connect();
  await client.query('BEGIN');
  await client.query(statement, params);
  const [row] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
  let released = false;
  return {
    pid: row?.pid ?? 0,
    async release() {
      if (released) return;
      released = true;
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    },
  };
}

/**
 * The backend that waits for `lock`, once it also holds a write lock on `wrote` (it has written
 * that table in the same transaction); fails after `timeoutMs`.
 */
export async function waitForBlockedWriter(cluster: Cluster, lock: HeldLock, wrote: string, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [waiter] = await rows<{ pid: number }>(cluster.database.db, sql`
      SELECT DISTINCT w.pid FROM pg_locks w
      JOIN pg_locks written ON written.pid = w.pid AND written.granted AND written.mode = 'RowExclusiveLock'
        AND written.relation = to_regclass(${wrote})
      WHERE NOT w.granted AND ${lock.pid}::int = ANY (pg_blocking_pids(w.pid))`);
    if (waiter) return waiter.pid;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no transaction that wrote ${wrote} came to wait for the suite's lock within ${timeoutMs} ms`);
}

/** Waits until a backend has ended (an orphaned one, after its client was killed and the lock released). */
export async function waitForBackendGone(cluster: Cluster, pid: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [alive] = await rows<{ pid: number }>(cluster.database.db, sql`SELECT pid FROM pg_stat_activity WHERE pid = ${pid}`);
    if (!alive) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`backend ${pid} still runs ${timeoutMs} ms after its client was killed`);
}

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/test-database.ts';
import type { Database } from '../db/database.ts';
import { clock } from '../../shared/time/clock.ts';
import { rows } from '../db/rows.ts';
import { defineJob, enqueueJob, retryDelayMs } from './jobs.ts';
import { LEASE_MS, runDueJobs } from './run-due-jobs.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.execute(sql`DELETE FROM jobs`);
  ran.length = 0;
});

const ran: number[] = [];
let failuresLeft = 0;
defineJob({ kind: 'test.record', run: async ({ job }) => void ran.push(Number(job.payload.n)) });
defineJob({
  kind: 'test.flaky',
  maxAttempts: 3,
  run: async () => {
    if (failuresLeft-- > 0) throw new Error('SMTP server said no');
  },
});
defineJob({ kind: 'test.hourly', everyMs: 3600_000, run: async () => void ran.push(-1) });

const at = (iso: string) => new Date(iso);
const jobRows = () => rows<{ kind: string; status: string; attempts: number; run_at: string; last_error: string | null }>(database.db, sql`
  SELECT kind, status, attempts, to_json(run_at)#>>'{}' AS run_at, last_error FROM jobs ORDER BY id`);

describe('the job runner', () => {
  it('has a job exactly when the transaction that asked for it commits', async () => {
    await database.db.transaction(async (tx) => void (await enqueueJob(tx, 'test.record', { payload: { n: 1 } })));
    await database.db
      .transaction(async (tx) => {
        await enqueueJob(tx, 'test.record', { payload: { n: 2 } });
        throw new Error('the change failed');
      })
      .catch(() => undefined);
    const report = await runDueJobs(database, { now: clock.now(), workerId: 'w1' });
    expect(report).toMatchObject({ claimed: 1, done: 1 });
    expect(ran).toEqual([1]);
    expect((await jobRows())[0]!.status).toBe('done');
  });

  it('runs a job when it is due, not before', async () => {
    await enqueueJob(database.db, 'test.record', { payload: { n: 7 }, runAt: at('2030-01-01T10:00:00Z') });
    expect((await runDueJobs(database, { now: at('2030-01-01T09:59:59Z'), workerId: 'w' })).claimed).toBe(0);
    expect((await runDueJobs(database, { now: at('2030-01-01T10:00:00Z'), workerId: 'w' })).done).toBe(1);
    expect(ran).toEqual([7]);
  });

  it('retries a failing job later and later, then marks it failed', async () => {
    failuresLeft = 10;
    const start = at('2030-01-01T00:00:00Z');
    await enqueueJob(database.db, 'test.flaky', { runAt: start });
    let now = start;
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const report = await runDueJobs(database, { now, workerId: 'w' });
      expect(report.claimed).toBe(1);
      const [job] = await jobRows();
      expect(job!.attempts).toBe(attempt);
      expect(job!.last_error).toBe('SMTP server said no');
      if (attempt < 3) {
        expect(job!.status).toBe('pending');
        const next = new Date(job!.run_at);
        delays.push(next.getTime() - now.getTime());
        // Not again before its time.
        expect((await runDueJobs(database, { now: new Date(next.getTime() - 1), workerId: 'w' })).claimed).toBe(0);
        now = next;
      } else {
        expect(job!.status).toBe('failed');
      }
    }
    expect(delays[0]).toBeGreaterThanOrEqual(24_000);
    expect(delays[0]).toBeLessThanOrEqual(36_000);
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(retryDelayMs(20, () => 0.5)).toBe(3_600_000);
  });

  it('succeeds on a retry after failing once', async () => {
    failuresLeft = 1;
    await enqueueJob(database.db, 'test.flaky', { runAt: at('2030-01-01T00:00:00Z') });
    await runDueJobs(database, { now: at('2030-01-01T00:00:00Z'), workerId: 'w' });
    await runDueJobs(database, { now: at('2030-01-01T01:00:00Z'), workerId: 'w' });
    expect((await jobRows())[0]).toMatchObject({ status: 'done', attempts: 2, last_error: null });
  });

  it('never runs a job twice when several processes claim at once', async () => {
    for (let n = 0; n < 40; n++) await enqueueJob(database.db, 'test.record', { payload: { n } });
    const now = clock.now();
    // Four workers racing, five jobs a claim, until nothing is left.
    const worker = async (id: string) => {
      while ((await runDueJobs(database, { now, workerId: id, limit: 5 })).claimed > 0);
    };
    await Promise.all(['a', 'b', 'c', 'd'].map(worker));
    expect([...ran].sort((x, y) => x - y)).toEqual([...Array(40).keys()]);
  });

  it('takes back a job whose process died, once its lease is over', async () => {
    const now = at('2030-06-01T08:00:00Z');
    await enqueueJob(database.db, 'test.record', { payload: { n: 5 }, runAt: now });
    // Worker "dead" claims it with a handler that never returns: simulate with a bare claim.
    await database.db.execute(sql`UPDATE jobs SET status = 'running', attempts = 1, locked_by = 'dead', locked_until = ${new Date(now.getTime() + LEASE_MS)}`);
    expect((await runDueJobs(database, { now: new Date(now.getTime() + LEASE_MS - 1), workerId: 'alive' })).claimed).toBe(0);
    expect((await runDueJobs(database, { now: new Date(now.getTime() + LEASE_MS + 1), workerId: 'alive' })).done).toBe(1);
    expect(ran).toEqual([5]);
    expect((await jobRows())[0]!.attempts).toBe(2);
  });

  it('keeps one waiting job per key, and brings a recurring task back at its interval', async () => {
    const now = at('2030-03-01T12:00:00Z');
    expect(await enqueueJob(database.db, 'test.hourly', { uniqueKey: 'recurring:test.hourly', runAt: now })).toBe(true);
    expect(await enqueueJob(database.db, 'test.hourly', { uniqueKey: 'recurring:test.hourly', runAt: now })).toBe(false);
    await runDueJobs(database, { now, workerId: 'w' });
    const jobs = await jobRows();
    expect(jobs.map((j) => j.status)).toEqual(['done', 'pending']);
    expect(new Date(jobs[1]!.run_at).toISOString()).toBe('2030-03-01T13:00:00.000Z');
    expect(ran).toEqual([-1]);
  });

  it('marks a job of an unknown kind failed after its attempts, without stopping the others', async () => {
    await enqueueJob(database.db, 'test.nobody-handles-this', { maxAttempts: 1 });
    await enqueueJob(database.db, 'test.record', { payload: { n: 3 } });
    const report = await runDueJobs(database, { now: clock.now(), workerId: 'w' });
    expect(report).toMatchObject({ claimed: 2, done: 1, failed: 1 });
    expect((await jobRows())[0]!.last_error).toMatch(/No handler/);
  });
});

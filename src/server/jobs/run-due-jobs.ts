import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { rows } from '../db/rows.ts';
import { enqueueJob, jobKind, retryDelayMs, type Job } from './jobs.ts';

/** How long a claimed job is someone's: past it, another process may take the job again. */
export const LEASE_MS = 5 * 60_000;

export interface RunReport {
  claimed: number;
  done: number;
  retried: number;
  failed: number;
}

interface ClaimedRow {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

/**
 * Claims up to `limit` due jobs and runs them one by one. The claim is one statement with FOR
 * UPDATE SKIP LOCKED: two processes claiming at once get different jobs. A job running past
 * its lease (its process died) is due again. The result is written only if this worker still
 * holds the job.
 */
export async function runDueJobs(database: Database, options: { now: Date; workerId: string; limit?: number }): Promise<RunReport> {
  const { now, workerId } = options;
  const leaseEnd = new Date(now.getTime() + LEASE_MS);
  const claimed = await rows<ClaimedRow>(database.db, sql`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_until = ${leaseEnd}, locked_by = ${workerId}
    WHERE id IN (
      SELECT id FROM jobs
      WHERE (status = 'pending' AND run_at <= ${now}) OR (status = 'running' AND locked_until < ${now})
      ORDER BY run_at, id
      LIMIT ${options.limit ?? 20}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, payload, attempts, max_attempts`);
  const report: RunReport = { claimed: claimed.length, done: 0, retried: 0, failed: 0 };
  for (const row of claimed.sort((a, b) => Number(a.id) - Number(b.id))) {
    const job: Job = { id: Number(row.id), kind: row.kind, payload: row.payload, attempts: row.attempts, maxAttempts: row.max_attempts };
    const kind = jobKind(job.kind);
    try {
      if (!kind) throw new Error(`No handler for job kind "${job.kind}"`);
      await kind.run({ database, job, now });
      await database.db.transaction(async (tx) => {
        await tx.execute(sql`UPDATE jobs SET status = 'done', finished_at = ${now}, locked_until = NULL, last_error = NULL WHERE id = ${job.id} AND locked_by = ${workerId}`);
        if (kind.everyMs) await enqueueJob(tx, kind.kind, { uniqueKey: `recurring:${kind.kind}`, runAt: new Date(now.getTime() + kind.everyMs) });
      });
      report.done++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      const final = job.attempts >= job.maxAttempts;
      await database.db.transaction(async (tx) => {
        await tx.execute(sql`
          UPDATE jobs SET status = ${final ? 'failed' : 'pending'}, last_error = ${message}, locked_until = NULL,
            run_at = ${new Date(now.getTime() + retryDelayMs(job.attempts))}, finished_at = ${final ? now : null}
          WHERE id = ${job.id} AND locked_by = ${workerId}`);
        // A recurring task that gave up still comes back at its next time.
        if (final && kind?.everyMs) await enqueueJob(tx, kind.kind, { uniqueKey: `recurring:${kind.kind}`, runAt: new Date(now.getTime() + kind.everyMs) });
      });
      if (final) report.failed++;
      else report.retried++;
    }
  }
  return report;
}

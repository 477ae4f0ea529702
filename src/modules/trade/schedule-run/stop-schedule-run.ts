import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { conferenceScheduleRuns } from '../tables.ts';
import { findScheduleRun } from './find-schedule-run.ts';

/**
 * Asks a running run to stop: the process running it reads the request at its next heartbeat
 * (ScheduleRuns.stop also tells this process's own run at once) and ends it with the best
 * schedule found, which is written as usual. A run already ended is left as it is.
 */
export async function stopScheduleRun(database: Database, conferenceKey: string, runId: string): Promise<void> {
  const run = await findScheduleRun(database, conferenceKey, runId);
  if (run.status !== 'running') return;
  await database.db.update(conferenceScheduleRuns).set({ stopRequested: true })
    .where(and(eq(conferenceScheduleRuns.id, run.id), eq(conferenceScheduleRuns.status, 'running')));
}

import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairAllocationRuns } from '../tables.ts';
import { runNotFound } from './find-allocation-run.ts';

/** Asks a running run to stop; the process running it ends it at its next heartbeat, keeping the best plan found. */
export async function stopAllocationRun(database: Database, fairKey: string, runId: string): Promise<void> {
  const fair = await findFairRow(database.db, fairKey);
  const [run] = await database.db.select({ id: fairAllocationRuns.id, status: fairAllocationRuns.status }).from(fairAllocationRuns)
    .where(and(eq(fairAllocationRuns.id, runId), eq(fairAllocationRuns.fairId, fair.id)));
  if (run === undefined) throw runNotFound();
  if (run.status !== 'running') return;
  await database.db.update(fairAllocationRuns).set({ stopRequested: true }).where(eq(fairAllocationRuns.id, runId));
}


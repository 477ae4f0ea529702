import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { AllocationRun } from '../contract.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairAllocationRuns } from '../tables.ts';
import { toAllocationRun } from './allocation-run-view.ts';

/** The fair's latest runs, newest first: the web shows the current one (still running, or to review) and the last ones. */
export async function listAllocationRuns(database: Database, fairKey: string, language: 'vi' | 'en'): Promise<AllocationRun[]> {
  const fair = await findFairRow(database.db, fairKey);
  const runs = await database.db.select().from(fairAllocationRuns).where(eq(fairAllocationRuns.fairId, fair.id))
    .orderBy(desc(fairAllocationRuns.startedAt), desc(fairAllocationRuns.id)).limit(10);
  return runs.map((run) => toAllocationRun(run, language));
}

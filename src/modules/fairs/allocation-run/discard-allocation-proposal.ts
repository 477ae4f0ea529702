import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { fairAllocationRuns } from '../tables.ts';
import { lockedProposal } from './find-allocation-run.ts';

/** Sets a proposal aside without changing any stall. */
export async function discardAllocationProposal(database: Database, actor: Actor, fairKey: string, runId: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const { fair, run } = await lockedProposal(tx, fairKey, runId);
    await tx.update(fairAllocationRuns).set({ status: 'discarded' }).where(eq(fairAllocationRuns.id, run.id));
    await recordAudit(tx, actor, { action: 'fair.allocation.discard', entity: 'fair', entityId: fair.id, changes: { run: run.id } });
  });
}


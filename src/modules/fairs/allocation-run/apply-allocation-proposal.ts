import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { conflict } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { fairAllocationRuns } from '../tables.ts';
import { fairChanged } from './finish-allocation-run.ts';
import { lockedProposal } from './find-allocation-run.ts';
import { describeChanges, planChanges, rebasePlan, writeChanges } from './plan-changes.ts';
import { readFairInstance } from './read-fair-instance.ts';

/**
 * Applies a reviewed proposal to the fair as it is now: held offers move, new ones are made,
 * confirmed and hand-placed stalls stay where they are. Refused when the fair changed so that the
 * plan no longer fits. Returns the changes written (each in the audit row) and the producers they
 * concern, to be told.
 */
export async function applyAllocationProposal(database: Database, actor: Actor, fairKey: string, runId: string): Promise<{ producerIds: string[]; fairId: string }> {
  return database.db.transaction(async (tx) => {
    const { fair, run } = await lockedProposal(tx, fairKey, runId);
    const fresh = await readFairInstance(tx, fair, run.keepOffers);
    const plan = rebasePlan(run.plan ?? {}, fresh);
    if (plan === null) throw conflict('fair_changed', fairChanged);
    const changes = planChanges(plan, fresh);
    const described = describeChanges(changes, fresh);
    const now = clock.now();
    const holdExpiresAt = new Date(now.getTime() + fair.holdHours * 3600 * 1000);
    await writeChanges(tx, fair, changes, holdExpiresAt);
    await tx.update(fairAllocationRuns).set({
      status: 'applied', changes: described, appliedAt: now, appliedBy: actor.id,
      ...(run.report === null ? {} : { report: { ...run.report, holdExpiresAt: holdExpiresAt.toISOString() } }),
    }).where(eq(fairAllocationRuns.id, run.id));
    await recordAudit(tx, actor, { action: 'fair.allocation.apply', entity: 'fair', entityId: fair.id, changes: { run: run.id, changes: described } });
    const producerIds = [...new Set(changes.map((c) => fresh.applicants.get(c.applicationId)?.producerId).filter((id): id is string => id !== undefined))];
    return { producerIds, fairId: fair.id };
  });
}


import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { conflict } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { notify } from '../../notifications/notify.ts';
import type { AllocationChange } from '../contract.ts';
import { fairAllocationRuns } from '../tables.ts';
import { fairChanged } from './finish-allocation-run.ts';
import { lockedProposal } from './find-allocation-run.ts';
import { describeChanges, planChanges, rebasePlan, writeChanges, type PlannedChange } from './plan-changes.ts';
import { readFairInstance } from './read-fair-instance.ts';

/**
 * Applies a reviewed proposal to the fair as it is now: held offers move, new ones are made,
 * confirmed and hand-placed stalls stay where they are. Refused when the fair changed so that the
 * plan no longer fits. Every exhibitor whose stall changed is told (vi/en, in-app and e-mail) in
 * the same transaction. Returns the producers told.
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
    const producerIds = new Set<string>();
    for (const [index, change] of changes.entries()) {
      const producerId = fresh.applicants.get(change.applicationId)?.producerId;
      const view = described[index];
      if (producerId === undefined || view === undefined) continue;
      producerIds.add(producerId);
      await notify(tx, {
        to: { producerIds: [producerId] }, kind: 'fair.stall-changed', actorId: actor.id,
        text: stallChangedText(fair, change, view), link: `/fairs/${fair.slug}`,
      });
    }
    return { producerIds: [...producerIds], fairId: fair.id };
  });
}

/** What an exhibitor reads about the change of their stalls, in both languages. */
function stallChangedText(fair: { nameVi: string; nameEn: string }, change: PlannedChange, view: AllocationChange): { vi: string; en: string } {
  const before = view.before.join(', ');
  const after = view.after.join(', ');
  if (change.kind === 'new') return { vi: `${fair.nameVi}: bạn được giữ chỗ gian hàng ${after}`, en: `${fair.nameEn}: stall ${after} is held for you` };
  if (change.kind === 'withdrawn') return { vi: `${fair.nameVi}: gian hàng ${before} không còn được giữ cho bạn`, en: `${fair.nameEn}: stall ${before} is no longer held for you` };
  return { vi: `${fair.nameVi}: gian hàng của bạn chuyển từ ${before} sang ${after}`, en: `${fair.nameEn}: your stall moved from ${before} to ${after}` };
}


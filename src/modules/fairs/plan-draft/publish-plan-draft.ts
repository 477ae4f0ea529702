import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { conflict } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { notify } from '../../notifications/notify.ts';
import { isDetached, stallDetached } from '../floor-plan/stall-detached.ts';
import { findOverlap, stallsOverlap } from '../floor-plan/stall-overlaps.ts';
import { fairApplications, stallAssignments, stalls } from '../tables.ts';
import { applyPlanEdits, netChanges } from './apply-plan-edits.ts';
import { lockedDraft, saveEdits } from './plan-draft-store.ts';

const planChanged = () => conflict('plan_changed', {
  vi: 'Sơ đồ đã thay đổi từ khi soạn bản nháp (có gian không còn nữa); hãy huỷ bản nháp và sửa lại',
  en: 'The plan changed since the draft was made (a stall is gone); discard the draft and edit again',
});

/**
 * Puts the draft on the public plan in one transaction: the whole plan is checked again
 * (no overlap, no stall cut off), each changed stall gets its audit row, and every exhibitor
 * holding a changed stall is told (vi/en, in-app and e-mail). Returns the stalls changed.
 */
export async function publishPlanDraft(database: Database, actor: Actor, fairKey: string): Promise<{ stalls: string[] }> {
  return database.db.transaction(async (tx) => {
    const { fair, live, edits } = await lockedDraft(tx, fairKey);
    const { stalls: edited, missing } = applyPlanEdits(live, edits);
    if (missing.length > 0) throw planChanged();
    const overlap = findOverlap(edited);
    if (overlap !== null) throw stallsOverlap(...overlap);
    const changes = netChanges(live, edited);
    for (const { after } of changes) if (isDetached(after, edited.filter((s) => s.id !== after.id))) throw stallDetached(after);
    for (const { before, after, change } of changes) {
      await tx.update(stalls).set(change).where(eq(stalls.id, after.id));
      await recordAudit(tx, actor, { action: 'fair.stall.update', entity: 'stall', entityId: after.id, changes: changedFields(before, after) });
    }
    await saveEdits(tx, actor, fair.id, []);
    const codes = changes.map((c) => c.after.code);
    await recordAudit(tx, actor, { action: 'fair.floor-plan.publish', entity: 'fair', entityId: fair.id, changes: { stalls: codes } });
    if (changes.length > 0) {
      const held = await tx.select({ stallId: stallAssignments.stallId, producerId: fairApplications.producerId }).from(stallAssignments)
        .innerJoin(fairApplications, eq(fairApplications.id, stallAssignments.applicationId))
        .where(inArray(stallAssignments.stallId, changes.map((c) => c.after.id)));
      const codeOf = new Map(changes.map((c) => [c.after.id, c.after.code]));
      for (const { stallId, producerId } of held) {
        const code = codeOf.get(stallId) ?? '';
        await notify(tx, {
          to: { producerIds: [producerId] }, kind: 'fair.stall-changed', actorId: actor.id, link: `/fairs/${fair.slug}?stall=${encodeURIComponent(code)}`,
          text: { vi: `${fair.nameVi}: gian hàng ${code} của bạn đã được điều chỉnh trên sơ đồ`, en: `${fair.nameEn}: your stall ${code} was changed on the plan` },
        });
      }
    }
    return { stalls: codes };
  });
}

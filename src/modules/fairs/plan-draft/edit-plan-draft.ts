import type { Database } from '../../../server/db/database.ts';
import { notFound } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { PlanDraft, StallUpdate } from '../contract.ts';
import { assertStallShape } from '../floor-plan/save-floor-plan.ts';
import { isDetached, stallDetached } from '../floor-plan/stall-detached.ts';
import { findOverlapWith, stallsOverlap } from '../floor-plan/stall-overlaps.ts';
import { applyPlanEdits, planEdit } from './apply-plan-edits.ts';
import { getPlanDraft } from './get-plan-draft.ts';
import { lockedDraft, saveEdits } from './plan-draft-store.ts';

/**
 * Moves or changes one stall in the draft, not on the public plan. Refused, as on the plan itself,
 * when the stall would overlap another or be cut off from every other; an edit that changes
 * nothing is not recorded. Returns the draft as it now is.
 */
export async function editPlanDraft(database: Database, actor: Actor, fairKey: string, stallId: string, change: StallUpdate): Promise<PlanDraft> {
  const fairId = await database.db.transaction(async (tx) => {
    const { fair, live, edits } = await lockedDraft(tx, fairKey);
    const drafted = applyPlanEdits(live, edits).stalls;
    const current = drafted.find((s) => s.id === stallId);
    if (!current) throw notFound({ vi: 'Không tìm thấy gian hàng', en: 'Stall not found' });
    const edit = planEdit(current, change);
    if (edit === null) return fair.id;
    const next = { ...current, ...edit.after };
    assertStallShape(next);
    const others = drafted.filter((s) => s.id !== stallId);
    const hit = findOverlapWith(next, others);
    if (hit !== null) throw stallsOverlap(next, hit);
    if (isDetached(next, others)) throw stallDetached(next);
    await saveEdits(tx, actor, fair.id, [...edits, edit]);
    await recordAudit(tx, actor, { action: 'fair.floor-plan.draft-edit', entity: 'stall', entityId: stallId, changes: { before: edit.before, after: edit.after } });
    return fair.id;
  });
  return getPlanDraft(database.db, fairId);
}

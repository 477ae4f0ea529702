import { eq, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { notFound } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { PlanDraft, PlanEdit, StallUpdate } from '../contract.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { assertStallShape } from '../floor-plan/save-floor-plan.ts';
import { isDetached, stallDetached } from '../floor-plan/stall-detached.ts';
import { findOverlapWith, stallsOverlap } from '../floor-plan/stall-overlaps.ts';
import { fairPlanDrafts, stalls } from '../tables.ts';
import { applyPlanEdits, planEdit } from './apply-plan-edits.ts';
import { getPlanDraft, readPlanEdits } from './get-plan-draft.ts';

/** The fair, locked against other edits of its draft, with its stalls and the draft's edits. */
export async function lockedDraft(tx: Tx, fairKey: string) {
  const fair = await findFairRow(tx, fairKey);
  await rows(tx, sql`SELECT id FROM fairs WHERE id = ${fair.id} FOR UPDATE`);
  const live = await tx.select().from(stalls).where(eq(stalls.fairId, fair.id)).orderBy(stalls.code);
  const { edits } = await readPlanEdits(tx, fair.id, { lock: true });
  return { fair, live, edits };
}

export async function saveEdits(tx: Tx, actor: Actor, fairId: string, edits: PlanEdit[]): Promise<void> {
  if (edits.length === 0) {
    await tx.delete(fairPlanDrafts).where(eq(fairPlanDrafts.fairId, fairId));
    return;
  }
  const values = { fairId, edits, updatedBy: actor.id, updatedAt: clock.now() };
  await tx.insert(fairPlanDrafts).values(values).onConflictDoUpdate({ target: fairPlanDrafts.fairId, set: { edits, updatedBy: actor.id, updatedAt: values.updatedAt } });
}

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

/** Takes back the draft's last edit (nothing to undo: the draft as it is). */
export async function undoPlanEdit(database: Database, actor: Actor, fairKey: string): Promise<PlanDraft> {
  const fairId = await database.db.transaction(async (tx) => {
    const { fair, edits } = await lockedDraft(tx, fairKey);
    const last = edits.at(-1);
    if (last === undefined) return fair.id;
    await saveEdits(tx, actor, fair.id, edits.slice(0, -1));
    await recordAudit(tx, actor, { action: 'fair.floor-plan.draft-undo', entity: 'stall', entityId: last.stall, changes: { before: last.after, after: last.before } });
    return fair.id;
  });
  return getPlanDraft(database.db, fairId);
}

/** Drops every unpublished edit: the editor shows the public plan again. */
export async function discardPlanDraft(database: Database, actor: Actor, fairKey: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const { fair, edits } = await lockedDraft(tx, fairKey);
    if (edits.length === 0) return;
    await saveEdits(tx, actor, fair.id, []);
    await recordAudit(tx, actor, { action: 'fair.floor-plan.draft-discard', entity: 'fair', entityId: fair.id, changes: { edits: edits.length } });
  });
}

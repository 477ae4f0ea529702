import { eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { PlanDraft, PlanEdit } from '../contract.ts';
import { getFloorPlan } from '../floor-plan/get-floor-plan.ts';
import { stallNeighbours } from '../floor-plan/stall-neighbours.ts';
import { fairPlanDrafts } from '../tables.ts';
import { applyPlanEdits } from './apply-plan-edits.ts';

/** The draft's edits, oldest first (none when there is no draft). */
export async function readPlanEdits(db: Queryable, fairId: string, options: { lock?: boolean } = {}): Promise<{ edits: PlanEdit[]; updatedAt: Date | null }> {
  const query = db.select().from(fairPlanDrafts).where(eq(fairPlanDrafts.fairId, fairId));
  const [row] = options.lock ? await query.for('update') : await query;
  return { edits: row?.edits ?? [], updatedAt: row?.updatedAt ?? null };
}

/** The plan the editor shows: the public plan with the draft's edits made, and which stalls they change. */
export async function getPlanDraft(db: Queryable, fairId: string): Promise<PlanDraft> {
  const [live, { edits, updatedAt }] = await Promise.all([getFloorPlan(db, fairId), readPlanEdits(db, fairId)]);
  const { stalls } = applyPlanEdits(live.stalls, edits);
  const neighbours = stallNeighbours(stalls);
  const changed = [...new Set(edits.filter((e) => stalls.some((s) => s.id === e.stall)).map((e) => e.code))].sort();
  return {
    stalls: stalls.map((s) => ({ ...s, neighbours: neighbours.get(s.code) ?? [] })),
    edits,
    changed,
    updatedAt: updatedAt?.toISOString() ?? null,
  };
}

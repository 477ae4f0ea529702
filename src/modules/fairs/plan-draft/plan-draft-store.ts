import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import type { PlanEdit } from '../contract.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairPlanDrafts, stalls } from '../tables.ts';
import { readPlanEdits } from './get-plan-draft.ts';

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

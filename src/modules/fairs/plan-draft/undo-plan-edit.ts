import type { Database } from '../../../server/db/database.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { PlanDraft } from '../contract.ts';
import { getPlanDraft } from './get-plan-draft.ts';
import { lockedDraft, saveEdits } from './plan-draft-store.ts';

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

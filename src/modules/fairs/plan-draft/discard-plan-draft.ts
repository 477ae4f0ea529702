import type { Database } from '../../../server/db/database.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { lockedDraft, saveEdits } from './plan-draft-store.ts';

/** Drops every unpublished edit: the editor shows the public plan again. */
export async function discardPlanDraft(database: Database, actor: Actor, fairKey: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const { fair, edits } = await lockedDraft(tx, fairKey);
    if (edits.length === 0) return;
    await saveEdits(tx, actor, fair.id, []);
    await recordAudit(tx, actor, { action: 'fair.floor-plan.draft-discard', entity: 'fair', entityId: fair.id, changes: { edits: edits.length } });
  });
}

import { sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { notFound } from '../../../server/http/app-error.ts';
import { rows } from '../../../server/db/rows.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ActivityPlanInput } from '../contract.ts';
import type { PlannedActivityKind } from '../domain.ts';
import { programmeActivityPlans } from '../tables.ts';

const TABLE_OF: Record<PlannedActivityKind, string> = { fair: 'fairs', conference: 'conferences', 'point-of-sale': 'outlet_points' };

/** Sets who runs an activity of the plan and its budget (the only plan data its module lacks). */
export async function saveActivityPlan(database: Database, actor: Actor, kind: PlannedActivityKind, id: string, input: ActivityPlanInput): Promise<void> {
  await database.db.transaction(async (tx) => {
    const found = await rows<{ id: string }>(tx, sql`SELECT id FROM ${sql.identifier(TABLE_OF[kind])} WHERE id = ${id}::uuid`);
    if (found.length === 0) throw notFound({ vi: 'Không tìm thấy hoạt động', en: 'Activity not found' });
    const values = { owner: input.owner.trim(), budgetVnd: input.budgetVnd, updatedAt: clock.now() };
    await tx.insert(programmeActivityPlans).values({ activityKind: kind, activityId: id, ...values })
      .onConflictDoUpdate({ target: [programmeActivityPlans.activityKind, programmeActivityPlans.activityId], set: values });
    await recordAudit(tx, actor, { action: 'programme-activity.plan', entity: kind, entityId: id, changes: { owner: values.owner, budgetVnd: values.budgetVnd } });
  });
}

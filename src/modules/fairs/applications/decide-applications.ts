import { clock } from '../../../shared/time/clock.ts';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { DecisionInput } from '../contract.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairApplications, stallAssignments } from '../tables.ts';

/**
 * Approves, rejects or waitlists applications in bulk, with a reason the applicants see. An
 * application that is no longer approved gives its stalls back. All or none: an id that is not an
 * application of this fair refuses the whole batch.
 */
export async function decideApplications(database: Database, actor: Actor, fairKey: string, input: DecisionInput): Promise<{ updated: number }> {
  if (input.decision !== 'approved' && !input.reason?.trim()) {
    throw badRequest('reason_required', { vi: 'Cần ghi lý do khi từ chối hoặc đưa vào danh sách chờ', en: 'Give a reason to reject or waitlist' });
  }
  return database.db.transaction(async (tx) => {
    const fair = await findFairRow(tx, fairKey);
    const found = await tx
      .select({ id: fairApplications.id, status: fairApplications.status })
      .from(fairApplications)
      .where(and(eq(fairApplications.fairId, fair.id), inArray(fairApplications.id, input.applicationIds), ne(fairApplications.status, 'withdrawn')))
      .for('update');
    if (found.length !== input.applicationIds.length) {
      const known = new Set(found.map((f) => f.id));
      throw badRequest('unknown_applications', { vi: 'Có hồ sơ không thuộc hội chợ này hoặc đã rút', en: 'Some applications are not open applications of this fair' }, { applicationIds: input.applicationIds.filter((id) => !known.has(id)) });
    }
    await tx
      .update(fairApplications)
      .set({ status: input.decision, decisionReason: input.reason?.trim() || null, decidedBy: actor.id, decidedAt: clock.now(), updatedAt: clock.now() })
      .where(inArray(fairApplications.id, input.applicationIds));
    if (input.decision !== 'approved') await tx.delete(stallAssignments).where(inArray(stallAssignments.applicationId, input.applicationIds));
    for (const application of found) {
      await recordAudit(tx, actor, { action: 'fair.application.decide', entity: 'fair-application', entityId: application.id, changes: { status: { from: application.status, to: input.decision }, reason: input.reason ?? null } });
    }
    return { updated: found.length };
  });
}

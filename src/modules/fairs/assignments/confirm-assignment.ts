import { clock } from '../../../shared/time/clock.ts';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { conflict, notFound } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertActsForProducer } from '../fair-access.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairApplications, stallAssignments } from '../tables.ts';

const assignmentNotFound = () => notFound({ vi: 'Không tìm thấy gian hàng được giữ chỗ', en: 'Assignment not found' });

/** The applicant takes the stall it was offered; a hold past its deadline is gone. */
export async function confirmAssignment(database: Database, user: SignedInUser, actor: Actor, fairKey: string, assignmentId: string, now = clock.now()): Promise<void> {
  // The release of an expired hold must commit, so the refusal is thrown after the transaction.
  const outcome = await database.db.transaction(async (tx): Promise<'confirmed' | 'expired'> => {
    const fair = await findFairRow(tx, fairKey);
    const [assignment] = await tx.select().from(stallAssignments)
      .where(and(eq(stallAssignments.id, assignmentId), eq(stallAssignments.fairId, fair.id))).for('update');
    if (!assignment) throw assignmentNotFound();
    const [application] = await tx.select().from(fairApplications).where(eq(fairApplications.id, assignment.applicationId));
    if (!application) throw assignmentNotFound();
    assertActsForProducer(user, application.producerId);
    if (assignment.status === 'confirmed') return 'confirmed';
    if (assignment.holdExpiresAt && assignment.holdExpiresAt < now) {
      await tx.delete(stallAssignments).where(eq(stallAssignments.id, assignmentId));
      await recordAudit(tx, actor, { action: 'fair.stall.hold-expired', entity: 'stall-assignment', entityId: assignmentId, changes: { stallId: assignment.stallId } });
      return 'expired';
    }
    await tx.update(stallAssignments).set({ status: 'confirmed', holdExpiresAt: null }).where(eq(stallAssignments.id, assignmentId));
    await recordAudit(tx, actor, { action: 'fair.stall.confirm', entity: 'stall-assignment', entityId: assignmentId, changes: { stallId: assignment.stallId } });
    return 'confirmed';
  });
  if (outcome === 'expired') {
    throw conflict('hold_expired', { vi: 'Đã quá hạn xác nhận, gian hàng đã được trả lại', en: 'The hold has expired and the stall was released' });
  }
}

/** Staff release an assignment (held, confirmed or locked). */
export async function releaseAssignment(database: Database, actor: Actor, fairKey: string, assignmentId: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const fair = await findFairRow(tx, fairKey);
    const [deleted] = await tx.delete(stallAssignments)
      .where(and(eq(stallAssignments.id, assignmentId), eq(stallAssignments.fairId, fair.id))).returning();
    if (!deleted) throw assignmentNotFound();
    await recordAudit(tx, actor, { action: 'fair.stall.release', entity: 'stall-assignment', entityId: assignmentId, changes: { stallId: deleted.stallId, applicationId: deleted.applicationId } });
  });
}

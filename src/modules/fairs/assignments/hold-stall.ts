import { clock } from '../../../shared/time/clock.ts';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { badRequest, conflict, notFound } from '../../../server/http/app-error.ts';
import { isConstraintViolation } from '../../../server/http/database-errors.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertActsForProducer } from '../fair-access.ts';
import { fairDays, findFairRow } from '../fairs/find-fair.ts';
import { fairApplications, stallAssignments, stalls } from '../tables.ts';
import { releaseExpiredHolds } from './release-expired-holds.ts';

export const stallTaken = () =>
  conflict('stall_taken', { vi: 'Gian hàng này vừa có người giữ chỗ', en: 'This stall has just been taken' });

/**
 * Holds one stall for an approved application until the fair's hold deadline. Two requests for
 * the same stall race in the database: its exclusion constraint lets exactly one through.
 */
export async function holdStall(
  database: Database,
  user: SignedInUser,
  actor: Actor,
  fairKey: string,
  stallId: string,
  applicationId: string,
  now = clock.now(),
): Promise<{ id: string; holdExpiresAt: string }> {
  try {
    return await database.db.transaction(async (tx) => {
      const fair = await findFairRow(tx, fairKey);
      // Serialises this application's requests, so it never holds more stalls than it asked for.
      const [application] = await tx.select().from(fairApplications)
        .where(and(eq(fairApplications.id, applicationId), eq(fairApplications.fairId, fair.id))).for('update');
      if (!application) throw notFound({ vi: 'Không tìm thấy hồ sơ đăng ký', en: 'Application not found' });
      assertActsForProducer(user, application.producerId);
      if (application.status !== 'approved') {
        throw conflict('application_not_approved', { vi: 'Hồ sơ chưa được duyệt', en: 'The application is not approved' });
      }
      const [stall] = await tx.select().from(stalls).where(and(eq(stalls.id, stallId), eq(stalls.fairId, fair.id)));
      if (!stall) throw notFound({ vi: 'Không tìm thấy gian hàng', en: 'Stall not found' });
      if (stall.blocked || stall.zone === 'stage' || stall.zone === 'service') {
        throw badRequest('stall_unavailable', { vi: 'Gian hàng này không cho thuê', en: 'This stall is not available' });
      }
      await releaseExpiredHolds(tx, now);
      const held = await tx.select({ id: stallAssignments.id }).from(stallAssignments).where(eq(stallAssignments.applicationId, applicationId));
      if (held.length >= application.stallCount) {
        throw conflict('enough_stalls', { vi: 'Hồ sơ đã giữ đủ số gian đăng ký', en: 'The application already holds the stalls it asked for' });
      }
      const holdExpiresAt = new Date(now.getTime() + fair.holdHours * 3600 * 1000);
      const [row] = await tx.insert(stallAssignments).values({
        fairId: fair.id, stallId, applicationId, days: fairDays(fair),
        status: 'held', holdExpiresAt, locked: false,
      }).returning({ id: stallAssignments.id });
      if (!row) throw new Error('insert returned no row');
      await recordAudit(tx, actor, { action: 'fair.stall.hold', entity: 'stall', entityId: stallId, changes: { applicationId, holdExpiresAt } });
      return { id: row.id, holdExpiresAt: holdExpiresAt.toISOString() };
    });
  } catch (error) {
    if (isConstraintViolation(error, 'stall_assignments_no_double_booking')) throw stallTaken();
    throw error;
  }
}

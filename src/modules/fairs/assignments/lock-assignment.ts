import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest, conflict, notFound } from '../../../server/http/app-error.ts';
import { isConstraintViolation } from '../../../server/http/database-errors.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { fairDays, findFairRow } from '../fairs/find-fair.ts';
import { stallNeighbours } from '../floor-plan/stall-neighbours.ts';
import { fairApplications, stallAssignments, stalls } from '../tables.ts';
import { stallTaken } from './hold-stall.ts';

/**
 * Organizers place an approved application by hand (a VIP exhibitor, a fixed corner): the stalls
 * are confirmed and locked, so re-running the allocation keeps them.
 */
export async function lockAssignment(database: Database, actor: Actor, fairKey: string, applicationId: string, stallIds: string[]): Promise<void> {
  try {
    await database.db.transaction(async (tx) => {
      const fair = await findFairRow(tx, fairKey);
      const [application] = await tx.select().from(fairApplications)
        .where(and(eq(fairApplications.id, applicationId), eq(fairApplications.fairId, fair.id))).for('update');
      if (!application) throw notFound({ vi: 'Không tìm thấy hồ sơ đăng ký', en: 'Application not found' });
      if (application.status !== 'approved') throw conflict('application_not_approved', { vi: 'Hồ sơ chưa được duyệt', en: 'The application is not approved' });
      if (stallIds.length !== application.stallCount) {
        throw badRequest('wrong_stall_count', { vi: `Hồ sơ đăng ký ${application.stallCount} gian`, en: `The application asked for ${application.stallCount} stall(s)` });
      }
      const chosen = await tx.select().from(stalls).where(and(eq(stalls.fairId, fair.id), inArray(stalls.id, stallIds)));
      if (chosen.length !== stallIds.length) throw notFound({ vi: 'Không tìm thấy gian hàng', en: 'Stall not found' });
      if (chosen.some((s) => s.blocked)) throw badRequest('stall_unavailable', { vi: 'Gian hàng bị khóa', en: 'A stall is blocked' });
      if (chosen.length === 2) {
        const [a, b] = chosen as [typeof chosen[0], typeof chosen[0]];
        const plan = await tx.select().from(stalls).where(eq(stalls.fairId, fair.id));
        if (a.zone !== b.zone || !stallNeighbours(plan).get(a.code)?.includes(b.code)) {
          throw badRequest('stalls_not_adjacent', { vi: 'Hai gian phải liền kề và cùng khu', en: 'The two stalls must be adjacent and in one zone' });
        }
      }
      await tx.delete(stallAssignments).where(eq(stallAssignments.applicationId, applicationId));
      await tx.insert(stallAssignments).values(stallIds.map((stallId) => ({
        fairId: fair.id, stallId, applicationId, days: fairDays(fair),
        status: 'confirmed' as const, holdExpiresAt: null, locked: true,
      })));
      await recordAudit(tx, actor, { action: 'fair.stall.lock', entity: 'fair-application', entityId: applicationId, changes: { stallIds } });
    });
  } catch (error) {
    if (isConstraintViolation(error, 'stall_assignments_no_double_booking')) throw stallTaken();
    throw error;
  }
}

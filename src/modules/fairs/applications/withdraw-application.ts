import { clock } from '../../../shared/time/clock.ts';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { notFound } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertActsForProducer } from '../fair-access.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairApplications, stallAssignments } from '../tables.ts';

/** The applicant withdraws: its application ends and any stall it held goes back to the pool. */
export async function withdrawApplication(database: Database, user: SignedInUser, actor: Actor, fairKey: string, applicationId: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const fair = await findFairRow(tx, fairKey);
    const [application] = await tx.select().from(fairApplications)
      .where(and(eq(fairApplications.id, applicationId), eq(fairApplications.fairId, fair.id))).for('update');
    if (!application) throw notFound({ vi: 'Không tìm thấy hồ sơ đăng ký', en: 'Application not found' });
    assertActsForProducer(user, application.producerId);
    if (application.status === 'withdrawn') return;
    await tx.update(fairApplications).set({ status: 'withdrawn', updatedAt: clock.now() }).where(eq(fairApplications.id, applicationId));
    await tx.delete(stallAssignments).where(eq(stallAssignments.applicationId, applicationId));
    await recordAudit(tx, actor, { action: 'fair.application.withdraw', entity: 'fair-application', entityId: applicationId, changes: { status: { from: application.status, to: 'withdrawn' } } });
  });
}

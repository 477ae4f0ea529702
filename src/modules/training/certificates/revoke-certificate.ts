import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { conflict } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { notify } from '../../notifications/notify.ts';
import { trainingCertificates } from '../tables.ts';
import { findCertificate } from './find-certificate.ts';

/** Organizers revoke a certificate with a reason; its code and link keep working and say it is revoked. */
export async function revokeCertificate(database: Database, actor: Actor, code: string, reason: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const { certificate, course, enrolment } = await findCertificate(tx, code, { lock: true });
    if (certificate.revokedAt) throw conflict('already_revoked', { vi: 'Chứng nhận này đã bị thu hồi', en: 'This certificate is already revoked' });
    const revokedAt = clock.now();
    const revokedReason = reason.trim();
    await tx.update(trainingCertificates).set({ revokedAt, revokedReason }).where(eq(trainingCertificates.id, certificate.id));
    await recordAudit(tx, actor, { action: 'training-certificate.revoke', entity: 'training-certificate', entityId: certificate.id, changes: { revokedAt: revokedAt.toISOString(), revokedReason } });
    if (enrolment.userId) {
      await notify(tx, {
        to: { userIds: [enrolment.userId] }, kind: 'training.certificate-revoked', actorId: actor.id, link: `/training/certificates/${certificate.code}`,
        text: { vi: `Chứng nhận khoá "${course.nameVi}" đã bị thu hồi: ${revokedReason}`, en: `Your certificate for "${course.nameEn}" was revoked: ${revokedReason}` },
      });
    }
  });
}

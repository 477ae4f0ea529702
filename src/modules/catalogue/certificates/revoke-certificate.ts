import { clock } from '../../../shared/time/clock.ts';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { conflict, notFound } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { RevokeInput } from '../contract.ts';
import { certificates } from '../tables.ts';

/** Revokes a certificate from today on, with the reason shown to anyone who checks the product. */
export async function revokeCertificate(database: Database, actor: Actor, id: string, input: RevokeInput, today: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const [certificate] = await tx.select().from(certificates).where(eq(certificates.id, id)).for('update');
    if (!certificate) throw notFound({ vi: 'Không tìm thấy giấy chứng nhận', en: 'Certificate not found' });
    if (certificate.revokedOn) {
      throw conflict('already_revoked', { vi: 'Giấy chứng nhận đã bị thu hồi', en: 'The certificate is already revoked' });
    }
    const changes = {
      revokedOn: today,
      revocationReasonVi: input.reason.vi.trim(),
      revocationReasonEn: input.reason.en?.trim() || input.reason.vi.trim(),
    };
    await tx.update(certificates).set({ ...changes, updatedAt: clock.now() }).where(eq(certificates.id, id));
    await recordAudit(tx, actor, { action: 'certificate.revoke', entity: 'certificate', entityId: id, changes });
  });
}

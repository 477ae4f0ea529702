import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { badRequest, conflict } from '../../../server/http/app-error.ts';
import { isConstraintViolation } from '../../../server/http/database-errors.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { producers } from '../../catalogue/tables.ts';
import type { ApplicationInput } from '../contract.ts';
import { assertActsForProducer, isStaff } from '../fair-access.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairApplicationProducts, fairApplications } from '../tables.ts';
import { checkProductsEligible } from './check-products-eligible.ts';

/**
 * A producer (or staff on its behalf) applies for 1 or 2 adjacent stalls. Applications are taken
 * while the fair is open for them; staff may add one later.
 */
export async function submitApplication(database: Database, user: SignedInUser, actor: Actor, fairKey: string, input: ApplicationInput): Promise<{ id: string }> {
  const producerId = input.producerId ?? user.producerId;
  if (!producerId) throw badRequest('producer_required', { vi: 'Cần chọn chủ thể', en: 'Choose the producer applying' });
  assertActsForProducer(user, producerId);
  try {
    return await database.db.transaction(async (tx) => {
      const fair = await findFairRow(tx, fairKey);
      if (fair.status !== 'applications-open' && !isStaff(user)) {
        throw conflict('applications_closed', { vi: 'Hội chợ không nhận đăng ký lúc này', en: 'The fair is not taking applications' });
      }
      if (input.stallCount > fair.maxStallsPerProducer) {
        throw badRequest('too_many_stalls', { vi: `Mỗi chủ thể tối đa ${fair.maxStallsPerProducer} gian`, en: `At most ${fair.maxStallsPerProducer} stalls per producer` });
      }
      const [producer] = await tx.select({ id: producers.id, country: producers.country, type: producers.type }).from(producers).where(eq(producers.id, producerId));
      if (!producer) throw badRequest('unknown_producer', { vi: 'Không tìm thấy chủ thể', en: 'Producer not found' });
      const foreign = producer.type === 'foreign-enterprise';
      if ((input.preferredZone === 'foreign') !== foreign && input.preferredZone) {
        throw badRequest('wrong_zone', {
          vi: foreign ? 'Doanh nghiệp nước ngoài đăng ký vào gian hàng quốc tế' : 'Gian hàng quốc tế dành cho doanh nghiệp nước ngoài',
          en: foreign ? 'Foreign enterprises apply for the international pavilion' : 'The international pavilion is for foreign enterprises',
        });
      }
      await checkProductsEligible(tx, input.productIds, producer, fair);
      const values = {
        fairId: fair.id,
        producerId,
        stallCount: input.stallCount,
        preferredZone: input.preferredZone ?? (foreign ? 'foreign' : null),
        needsPower: input.needsPower ?? false,
        needsWater: input.needsWater ?? false,
        note: input.note ?? '',
        status: 'submitted' as const,
        submittedBy: actor.id,
      };
      const [row] = await tx.insert(fairApplications).values(values).returning({ id: fairApplications.id });
      if (!row) throw new Error('insert returned no row');
      await tx.insert(fairApplicationProducts).values(input.productIds.map((productId) => ({ applicationId: row.id, productId })));
      await recordAudit(tx, actor, { action: 'fair.application.submit', entity: 'fair-application', entityId: row.id, changes: { ...values, productIds: input.productIds } });
      return row;
    });
  } catch (error) {
    if (isConstraintViolation(error, 'fair_applications_fair_id_producer_id_key')) {
      throw conflict('already_applied', { vi: 'Chủ thể đã đăng ký hội chợ này', en: 'This producer has already applied to this fair' });
    }
    throw error;
  }
}

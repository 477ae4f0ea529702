import { clock } from '../../../shared/time/clock.ts';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { notFound } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertCanManageProducer } from '../catalogue-access.ts';
import type { ProducerUpdate } from '../contract.ts';
import { producers } from '../tables.ts';
import { producerValues } from './create-producer.ts';

export const producerNotFound = () => notFound({ vi: 'Không tìm thấy chủ thể', en: 'Producer not found' });

/** Staff edit any producer; a producer account edits its own profile. */
export async function updateProducer(database: Database, user: SignedInUser, actor: Actor, id: string, input: ProducerUpdate): Promise<void> {
  assertCanManageProducer(user, id);
  await database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(producers).where(eq(producers.id, id)).for('update');
    if (!before) throw producerNotFound();
    const next = producerValues({
      name: input.name ?? before.name,
      type: input.type ?? before.type,
      taxCode: input.taxCode === undefined ? before.taxCode : input.taxCode,
      address: input.address ?? before.address,
      province: input.province ?? before.province,
      commune: input.commune === undefined ? before.commune : input.commune,
      legacyDistrict: input.legacyDistrict === undefined ? before.legacyDistrict : input.legacyDistrict,
      region: input.region === undefined ? before.region : input.region,
      country: input.country ?? before.country,
      contactName: input.contactName === undefined ? before.contactName : input.contactName,
      phone: input.phone === undefined ? before.phone : input.phone,
      email: input.email === undefined ? before.email : input.email,
      website: input.website === undefined ? before.website : input.website,
      description: input.description ?? { vi: before.descriptionVi, en: before.descriptionEn },
      craftVillageId: input.craftVillageId === undefined ? before.craftVillageId : input.craftVillageId,
    });
    await tx.update(producers).set({ ...next, updatedAt: clock.now() }).where(eq(producers.id, id));
    await recordAudit(tx, actor, { action: 'producer.update', entity: 'producer', entityId: id, changes: changedFields(before, next) });
  });
}

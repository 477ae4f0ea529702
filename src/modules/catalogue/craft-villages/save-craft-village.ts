import { clock } from '../../../shared/time/clock.ts';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { notFound } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { CraftVillageInput, CraftVillageUpdate } from '../contract.ts';
import { craftVillages } from '../tables.ts';
import { craftVillageValues } from './craft-village-values.ts';

export async function createCraftVillage(database: Database, actor: Actor, input: CraftVillageInput): Promise<{ id: string }> {
  const values = craftVillageValues(input);
  return database.db.transaction(async (tx) => {
    const [row] = await tx.insert(craftVillages).values(values).returning({ id: craftVillages.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'craft-village.create', entity: 'craft-village', entityId: row.id, changes: values });
    return row;
  });
}

export async function updateCraftVillage(database: Database, actor: Actor, id: string, input: CraftVillageUpdate): Promise<void> {
  await database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(craftVillages).where(eq(craftVillages.id, id)).for('update');
    if (!before) throw notFound({ vi: 'Không tìm thấy làng nghề', en: 'Craft village not found' });
    const next = craftVillageValues({
      name: input.name ?? { vi: before.nameVi, en: before.nameEn },
      craft: input.craft ?? { vi: before.craftVi, en: before.craftEn },
      commune: input.commune ?? before.commune,
      legacyDistrict: input.legacyDistrict === undefined ? before.legacyDistrict : input.legacyDistrict,
      province: input.province ?? before.province,
      latitude: input.latitude === undefined ? before.latitude : input.latitude,
      longitude: input.longitude === undefined ? before.longitude : input.longitude,
      traditional: input.traditional ?? before.traditional,
      description: input.description ?? { vi: before.descriptionVi, en: before.descriptionEn },
    });
    await tx.update(craftVillages).set({ ...next, updatedAt: clock.now() }).where(eq(craftVillages.id, id));
    await recordAudit(tx, actor, { action: 'craft-village.update', entity: 'craft-village', entityId: id, changes: changedFields(before, next) });
  });
}

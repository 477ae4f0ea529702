import { and, asc, eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../../server/db/database.ts';
import { badRequest, conflict, notFound } from '../../../server/http/app-error.ts';
import { isConstraintViolation } from '../../../server/http/database-errors.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ProgrammeItem, ProgrammeItemInput } from '../contract.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairProgrammeItems } from '../tables.ts';

const toItem = (r: typeof fairProgrammeItems.$inferSelect): ProgrammeItem => ({
  id: r.id,
  stage: r.stage,
  kind: r.kind,
  startsAt: r.startsAt.toISOString(),
  endsAt: r.endsAt.toISOString(),
  title: { vi: r.titleVi, en: r.titleEn },
  description: { vi: r.descriptionVi, en: r.descriptionEn },
});

export async function listProgramme(db: Queryable, fairId: string): Promise<ProgrammeItem[]> {
  const items = await db.select().from(fairProgrammeItems).where(eq(fairProgrammeItems.fairId, fairId)).orderBy(asc(fairProgrammeItems.startsAt), asc(fairProgrammeItems.stage));
  return items.map(toItem);
}

/** A stage item; the database refuses one that overlaps another on the same stage. */
export async function addProgrammeItem(database: Database, actor: Actor, fairKey: string, input: ProgrammeItemInput): Promise<ProgrammeItem> {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt) throw badRequest('bad_times', { vi: 'Giờ kết thúc phải sau giờ bắt đầu', en: 'The item must end after it starts' });
  try {
    return await database.db.transaction(async (tx) => {
      const fair = await findFairRow(tx, fairKey);
      const [row] = await tx.insert(fairProgrammeItems).values({
        fairId: fair.id, stage: input.stage?.trim() || 'main', kind: input.kind, startsAt, endsAt,
        titleVi: input.title.vi, titleEn: input.title.en, descriptionVi: input.description?.vi ?? '', descriptionEn: input.description?.en ?? '',
      }).returning();
      if (!row) throw new Error('insert returned no row');
      await recordAudit(tx, actor, { action: 'fair.programme.add', entity: 'fair-programme-item', entityId: row.id, changes: { ...input } });
      return toItem(row);
    });
  } catch (error) {
    if (isConstraintViolation(error, 'fair_programme_items_no_overlap')) {
      throw conflict('stage_busy', { vi: 'Sân khấu đã có tiết mục trong khung giờ này', en: 'Another item is on this stage at that time' });
    }
    throw error;
  }
}

export async function removeProgrammeItem(database: Database, actor: Actor, fairKey: string, itemId: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const fair = await findFairRow(tx, fairKey);
    const [deleted] = await tx.delete(fairProgrammeItems).where(and(eq(fairProgrammeItems.id, itemId), eq(fairProgrammeItems.fairId, fair.id))).returning();
    if (!deleted) throw notFound({ vi: 'Không tìm thấy tiết mục', en: 'Programme item not found' });
    await recordAudit(tx, actor, { action: 'fair.programme.remove', entity: 'fair-programme-item', entityId: itemId, changes: { title: deleted.titleVi } });
  });
}

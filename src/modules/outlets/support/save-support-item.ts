import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest, conflict, notFound } from '../../../server/http/app-error.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { attachFiles } from '../../files/attach-files.ts';
import type { SupportInput, SupportUpdate } from '../contract.ts';
import { outletSupportItems, type SupportStatus } from '../tables.ts';
import { SUPPORT_PHOTOS } from './support-photos.ts';

/** The steps a support item may take; acceptance is final. */
const NEXT: Readonly<Record<SupportStatus, readonly SupportStatus[]>> = {
  planned: ['ordered', 'cancelled'],
  ordered: ['delivered', 'cancelled'],
  delivered: ['accepted', 'cancelled'],
  accepted: [],
  cancelled: ['planned'],
};

/** Plans a support item; its photos are uploads of this user, attached to the item in the same transaction. */
export async function addSupportItem(database: Database, user: SignedInUser, actor: Actor, pointId: string, input: SupportInput): Promise<{ id: string }> {
  return database.db.transaction(async (tx) => {
    const now = clock.now();
    const values = { pointId, kind: input.kind, description: input.description.trim(), budgetVnd: input.budgetVnd, supplier: input.supplier?.trim() ?? '', photos: input.photos ?? [], status: 'planned' as const, createdAt: now, updatedAt: now };
    const [row] = await tx.insert(outletSupportItems).values(values).returning({ id: outletSupportItems.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'outlet-support.add', entity: 'outlet_support_item', entityId: row.id, changes: values });
    await attachFiles(tx, user, actor, { owner: { kind: SUPPORT_PHOTOS.kind, id: row.id }, fileIds: values.photos });
    return row;
  });
}

/** Changes a support item; a status step must follow, and accepting records the day, the note and who accepted. */
export async function updateSupportItem(database: Database, user: SignedInUser, actor: Actor, id: string, input: SupportUpdate): Promise<{ pointId: string }> {
  return database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(outletSupportItems).where(eq(outletSupportItems.id, id)).for('update');
    if (!before) throw notFound({ vi: 'Không tìm thấy hạng mục hỗ trợ', en: 'Support item not found' });
    if (before.status === 'accepted') throw conflict('support_accepted', { vi: 'Hạng mục đã nghiệm thu, không sửa được', en: 'The item is accepted and can no longer change' });
    const { status, acceptedOn, acceptanceNote, ...rest } = input;
    const values: Partial<typeof outletSupportItems.$inferInsert> = { ...rest };
    if (rest.description) values.description = rest.description.trim();
    if (status && status !== before.status) {
      if (!NEXT[before.status].includes(status)) {
        throw conflict('bad_support_step', { vi: 'Bước này không theo sau trạng thái hiện tại của hạng mục', en: 'That step does not follow the item\'s current status' }, { from: before.status, allowed: NEXT[before.status] });
      }
      values.status = status;
      if (status === 'accepted') {
        if (!acceptanceNote) throw badRequest('acceptance_note_required', { vi: 'Nghiệm thu cần ghi chú nội dung đã kiểm tra', en: 'Acceptance needs a note of what was checked' });
        values.acceptedOn = acceptedOn ?? clock.today();
        values.acceptanceNote = acceptanceNote.trim();
        values.acceptedBy = actor.id;
      }
    }
    if (Object.keys(values).length === 0) return { pointId: before.pointId };
    if (values.photos) await attachFiles(tx, user, actor, { owner: { kind: SUPPORT_PHOTOS.kind, id }, fileIds: values.photos });
    await tx.update(outletSupportItems).set({ ...values, updatedAt: clock.now() }).where(eq(outletSupportItems.id, id));
    await recordAudit(tx, actor, { action: 'outlet-support.update', entity: 'outlet_support_item', entityId: id, changes: changedFields(before, values) });
    return { pointId: before.pointId };
  });
}

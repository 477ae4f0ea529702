import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest, conflict, notFound } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { GuestsInput, OpeningInput } from '../contract.ts';
import type { PointStatus } from '../domain/point-status.ts';
import { outletOpeningGuests, outletOpenings } from '../tables.ts';

/** A ceremony is planned once the point is selected; after it the point opens (movePoint checks it was held). */
const CEREMONY_STATUSES: readonly PointStatus[] = ['approved', 'equipping', 'opened', 'operating'];

/** Schedules or changes the opening ceremony of a point. */
export async function saveOpening(database: Database, actor: Actor, point: { id: string; status: PointStatus }, input: OpeningInput): Promise<void> {
  if (!CEREMONY_STATUSES.includes(point.status)) {
    throw conflict('not_selected', { vi: 'Chỉ lên lịch khai trương cho điểm đã được lựa chọn', en: 'Only a selected point can schedule its opening ceremony' });
  }
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (!(endsAt > startsAt)) throw badRequest('bad_times', { vi: 'Giờ kết thúc phải sau giờ bắt đầu', en: 'The ceremony must end after it starts' });
  await database.db.transaction(async (tx) => {
    const now = clock.now();
    const values = {
      startsAt, endsAt,
      venueVi: input.venue?.vi ?? '', venueEn: input.venue?.en ?? '',
      announcementVi: input.announcement?.vi ?? '', announcementEn: input.announcement?.en ?? '',
      programme: input.programme ?? [], published: input.published ?? false, updatedAt: now,
    };
    await tx.insert(outletOpenings).values({ pointId: point.id, ...values, createdAt: now })
      .onConflictDoUpdate({ target: outletOpenings.pointId, set: values });
    await recordAudit(tx, actor, { action: 'outlet-opening.save', entity: 'outlet_point', entityId: point.id, changes: input });
  });
}

/** Adds guests, each with a random invitation code that its printed QR code carries. */
export async function addGuests(database: Database, actor: Actor, pointId: string, input: GuestsInput): Promise<{ ids: string[] }> {
  return database.db.transaction(async (tx) => {
    const [opening] = await tx.select({ pointId: outletOpenings.pointId }).from(outletOpenings).where(eq(outletOpenings.pointId, pointId));
    if (!opening) throw conflict('no_opening', { vi: 'Hãy lên lịch lễ khai trương trước khi mời khách', en: 'Schedule the opening ceremony before inviting guests' });
    const values = input.guests.map((g) => ({
      pointId, name: g.name.trim(), title: g.title?.trim() ?? '', organisation: g.organisation?.trim() ?? '',
      invitationCode: randomBytes(12).toString('base64url'), createdAt: clock.now(),
    }));
    const inserted = await tx.insert(outletOpeningGuests).values(values).returning({ id: outletOpeningGuests.id });
    await recordAudit(tx, actor, { action: 'outlet-opening.invite', entity: 'outlet_point', entityId: pointId, changes: { guests: values.map((v) => v.name) } });
    return { ids: inserted.map((r) => r.id) };
  });
}

export async function removeGuest(database: Database, actor: Actor, pointId: string, id: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const removed = await tx.delete(outletOpeningGuests).where(and(eq(outletOpeningGuests.id, id), eq(outletOpeningGuests.pointId, pointId))).returning({ name: outletOpeningGuests.name });
    if (removed.length === 0) throw notFound({ vi: 'Không tìm thấy khách mời', en: 'Guest not found' });
    await recordAudit(tx, actor, { action: 'outlet-opening.uninvite', entity: 'outlet_point', entityId: pointId, changes: { guest: removed[0]?.name } });
  });
}

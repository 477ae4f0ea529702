import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest, conflict, notFound } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { CheckInInput, MeetingInput } from '../contract.ts';
import { assertStage, findConference } from '../conferences/find-conference.ts';
import { CHECK_IN_OPEN, SCHEDULING_OPEN } from '../domain/conference-status.ts';
import { entryById } from '../participants/acting-entry.ts';
import { meetingRequests, meetings } from '../tables.ts';
import { bookMeeting } from './book-meeting.ts';

const meetingNotFound = () => notFound({ vi: 'Không tìm thấy lịch gặp', en: 'Meeting not found' });

/**
 * The organizers place a meeting themselves (locked by default: the scheduler keeps it). The
 * pair gets an accepted organizer request if it had none, so the meeting has a request behind it.
 */
export async function createMeeting(database: Database, actor: Actor, key: string, input: MeetingInput): Promise<{ id: string }> {
  return database.db.transaction(async (tx) => {
    const conference = await findConference(tx, key, 'system', { lock: true });
    assertStage(conference, [...SCHEDULING_OPEN, 'running'], { vi: 'xếp lịch gặp', en: 'place meetings' });
    const producer = await entryById(tx, conference.id, input.producerEntryId);
    const buyer = await entryById(tx, conference.id, input.buyerEntryId);
    if (producer.side !== 'producer' || buyer.side !== 'buyer') throw badRequest('bad_pair', { vi: 'Cần một chủ thể và một bên mua', en: 'A meeting pairs a producer with a buyer' });
    const [open] = await tx.select().from(meetingRequests).where(and(eq(meetingRequests.producerEntryId, producer.row.id), eq(meetingRequests.buyerEntryId, buyer.row.id)))
      .orderBy(meetingRequests.createdAt).for('update');
    let requestId = open && ['pending', 'accepted'].includes(open.status) ? open.id : null;
    if (requestId && open?.status === 'pending') await tx.update(meetingRequests).set({ status: 'accepted', decidedAt: clock.now() }).where(eq(meetingRequests.id, requestId));
    if (!requestId) {
      const [row] = await tx.insert(meetingRequests).values({
        conferenceId: conference.id, producerEntryId: producer.row.id, buyerEntryId: buyer.row.id, fromSide: 'organizer', status: 'accepted', priority: 3,
        proposedSlot: input.slot, expiresAt: clock.now(), decidedAt: clock.now(), createdBy: actor.id,
      }).returning({ id: meetingRequests.id });
      requestId = row?.id ?? null;
    }
    const id = await bookMeeting(tx, {
      conference, producer: producer.row, buyer: buyer.row, slot: input.slot, requestId, weight: open?.priority ?? 3, locked: input.locked ?? true, source: 'organizer',
      ...(input.tableCode ? { tableCode: input.tableCode } : {}),
    });
    await recordAudit(tx, actor, { action: 'meeting.create', entity: 'meeting', entityId: id, changes: { ...input, requestId } });
    return { id };
  });
}

export async function lockMeeting(database: Database, actor: Actor, key: string, meetingId: string, locked: boolean): Promise<void> {
  await database.db.transaction(async (tx) => {
    const conference = await findConference(tx, key, 'system');
    const rows = await tx.update(meetings).set({ locked }).where(and(eq(meetings.id, meetingId), eq(meetings.conferenceId, conference.id))).returning({ id: meetings.id });
    if (rows.length === 0) throw meetingNotFound();
    await recordAudit(tx, actor, { action: locked ? 'meeting.lock' : 'meeting.unlock', entity: 'meeting', entityId: meetingId });
  });
}

export async function removeMeeting(database: Database, actor: Actor, key: string, meetingId: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const conference = await findConference(tx, key, 'system', { lock: true });
    assertStage(conference, [...SCHEDULING_OPEN, 'running'], { vi: 'hủy lịch gặp', en: 'remove meetings' });
    const [row] = await tx.select().from(meetings).where(and(eq(meetings.id, meetingId), eq(meetings.conferenceId, conference.id)));
    if (!row) throw meetingNotFound();
    if (row.status !== 'scheduled') throw conflict('meeting_recorded', { vi: 'Lịch gặp đã được điểm danh', en: 'The meeting has already been checked in' });
    await tx.delete(meetings).where(eq(meetings.id, meetingId));
    await recordAudit(tx, actor, { action: 'meeting.remove', entity: 'meeting', entityId: meetingId, changes: { slot: row.slot, tableCode: row.tableCode } });
  });
}

/** At the table: the meeting was held, or who did not come (or back to scheduled, a mistake undone). */
export async function checkInMeeting(database: Database, actor: Actor, key: string, meetingId: string, input: CheckInInput): Promise<void> {
  if (input.status === 'no-show' && !input.absent) throw badRequest('absent_required', { vi: 'Hãy chọn bên vắng mặt', en: 'Say who did not come' });
  await database.db.transaction(async (tx) => {
    const conference = await findConference(tx, key, 'system');
    assertStage(conference, CHECK_IN_OPEN, { vi: 'điểm danh', en: 'check in' });
    const absent = input.status === 'no-show' ? input.absent ?? 'both' : null;
    const rows = await tx.update(meetings).set({ status: input.status, absent, checkedInAt: input.status === 'scheduled' ? null : clock.now() })
      .where(and(eq(meetings.id, meetingId), eq(meetings.conferenceId, conference.id))).returning({ id: meetings.id });
    if (rows.length === 0) throw meetingNotFound();
    await recordAudit(tx, actor, { action: 'meeting.check-in', entity: 'meeting', entityId: meetingId, changes: { status: input.status, absent } });
  });
}

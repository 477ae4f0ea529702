import { and, eq } from 'drizzle-orm';
import type { Database, Tx } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { conflict, forbidden, notFound } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { notify } from '../../notifications/notify.ts';
import { assertStage, findConference, type ConferenceRow } from '../conferences/find-conference.ts';
import { REQUESTS_OPEN } from '../domain/conference-status.ts';
import { bookMeeting } from '../meetings/book-meeting.ts';
import { entryById, ownEntry } from '../participants/acting-entry.ts';
import { isStaff } from '../trade-access.ts';
import { conferenceBuyers, conferenceProducers, meetingRequests, meetings } from '../tables.ts';

type RequestRow = typeof meetingRequests.$inferSelect;
export type Answer = 'accept' | 'decline' | 'cancel';

const requestNotFound = () => notFound({ vi: 'Không tìm thấy yêu cầu gặp', en: 'Meeting request not found' });

/** The side that may answer: the one asked (either, for an organizer's request); staff for anyone. */
async function sideOf(tx: Tx, conference: ConferenceRow, user: SignedInUser, request: RequestRow): Promise<'producer' | 'buyer' | 'staff'> {
  if (isStaff(user)) return 'staff';
  const own = await ownEntry(tx, conference.id, user);
  const mine = own.side === 'producer' ? request.producerEntryId === own.row.id : request.buyerEntryId === own.row.id;
  // Someone else's request is not found, rather than forbidden: its existence is not theirs to know.
  if (!mine) throw requestNotFound();
  return own.side;
}

/** Accept (books the proposed slot at once, if any), decline, or cancel a meeting request. */
export async function answerRequest(database: Database, user: SignedInUser, actor: Actor, key: string, requestId: string, answer: Answer, text = ''): Promise<{ meetingId: string | null }> {
  return database.db.transaction(async (tx) => {
    const conference = await findConference(tx, key, user);
    assertStage(conference, REQUESTS_OPEN, { vi: 'trả lời yêu cầu gặp', en: 'answer meeting requests' });
    const [request] = await tx.select().from(meetingRequests)
      .where(and(eq(meetingRequests.id, requestId), eq(meetingRequests.conferenceId, conference.id))).for('update');
    if (!request) throw requestNotFound();
    const side = await sideOf(tx, conference, user, request);
    const open = answer === 'cancel' ? ['pending', 'accepted'] : ['pending'];
    if (!open.includes(request.status)) {
      throw conflict('request_closed', { vi: 'Yêu cầu này đã được trả lời hoặc đã đóng', en: 'This request has already been answered or closed' }, { status: request.status });
    }
    if (answer !== 'cancel' && request.expiresAt <= clock.now()) {
      throw conflict('request_expired', { vi: 'Yêu cầu gặp đã hết hạn', en: 'The meeting request has expired' }, { expiresAt: request.expiresAt.toISOString() });
    }
    if (answer !== 'cancel' && side !== 'staff' && request.fromSide === side) {
      throw forbidden({ vi: 'Yêu cầu do bên bạn gửi: bên kia trả lời', en: 'Your side sent this request: the other side answers it' });
    }
    if (answer === 'cancel' && side !== 'staff' && request.fromSide !== side && request.status === 'pending') {
      throw forbidden({ vi: 'Hãy từ chối thay vì hủy yêu cầu của bên kia', en: "Decline the other side's request rather than cancel it" });
    }
    const status = answer === 'accept' ? 'accepted' : answer === 'decline' ? 'declined' : 'cancelled';
    let meetingId: string | null = null;
    if (answer === 'accept' && request.proposedSlot !== null) {
      const producer = await entryById(tx, conference.id, request.producerEntryId);
      const buyer = await entryById(tx, conference.id, request.buyerEntryId);
      if (producer.side !== 'producer' || buyer.side !== 'buyer') throw new Error('request pairs the wrong sides');
      meetingId = await bookMeeting(tx, {
        conference, producer: producer.row, buyer: buyer.row, slot: request.proposedSlot, requestId: request.id, weight: request.priority, locked: false, source: 'accept',
      });
    }
    if (answer === 'cancel') {
      await tx.delete(meetings).where(and(eq(meetings.requestId, request.id), eq(meetings.status, 'scheduled'), eq(meetings.locked, false)));
    }
    await tx.update(meetingRequests).set({ status, answer: text.trim(), decidedAt: clock.now() }).where(eq(meetingRequests.id, request.id));
    await recordAudit(tx, actor, { action: `meeting-request.${answer}`, entity: 'meeting-request', entityId: request.id, changes: { status, meetingId } });
    await notifySender(tx, conference, request, status);
    return { meetingId };
  });
}

async function notifySender(tx: Tx, conference: ConferenceRow, request: RequestRow, status: string): Promise<void> {
  if (request.fromSide === 'organizer' || status === 'cancelled') return;
  const word = status === 'accepted' ? { vi: 'đã chấp nhận', en: 'accepted' } : { vi: 'đã từ chối', en: 'declined' };
  const message = { vi: `Yêu cầu gặp tại ${conference.nameVi} ${word.vi}`, en: `Your meeting request at ${conference.nameEn} was ${word.en}` };
  if (request.fromSide === 'producer') {
    const [entry] = await tx.select({ producerId: conferenceProducers.producerId }).from(conferenceProducers).where(eq(conferenceProducers.id, request.producerEntryId));
    if (entry) await notify(tx, { to: { producerIds: [entry.producerId] }, kind: 'trade.request-answered', text: message, link: `/conferences/${conference.slug}/workspace` });
  } else {
    const [entry] = await tx.select({ organisationId: conferenceBuyers.buyerOrganisationId }).from(conferenceBuyers).where(eq(conferenceBuyers.id, request.buyerEntryId));
    if (entry) await notify(tx, { to: { buyerOrganisationIds: [entry.organisationId] }, kind: 'trade.request-answered', text: message, link: `/conferences/${conference.slug}/workspace` });
  }
}

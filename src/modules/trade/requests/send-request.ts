import type { Database } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { badRequest, conflict } from '../../../server/http/app-error.ts';
import { isConstraintViolation } from '../../../server/http/database-errors.ts';
import { clock, dayInVietnam } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { MeetingRequestInput } from '../contract.ts';
import { assertStage, findConference } from '../conferences/find-conference.ts';
import { REQUESTS_OPEN } from '../domain/conference-status.ts';
import { entryById, ownEntry, type BuyerEntryRow, type ProducerEntryRow } from '../participants/acting-entry.ts';
import { isStaff } from '../trade-access.ts';
import { meetingRequests } from '../tables.ts';

const need = (what: 'producer' | 'buyer') => badRequest(`${what}_entry_required`, what === 'producer'
  ? { vi: 'Hãy chọn chủ thể muốn gặp', en: 'Choose the producer to meet' }
  : { vi: 'Hãy chọn bên mua muốn gặp', en: 'Choose the buyer to meet' });

/** A producer asks a buyer for a meeting, or a buyer a producer, or the organizers pair them. */
export async function sendRequest(database: Database, user: SignedInUser, actor: Actor, key: string, input: MeetingRequestInput): Promise<{ id: string }> {
  return database.db.transaction(async (tx) => {
    const conference = await findConference(tx, key, user);
    assertStage(conference, REQUESTS_OPEN, { vi: 'gửi yêu cầu gặp', en: 'send meeting requests' });
    if (!isStaff(user) && conference.requestsCloseOn && dayInVietnam(clock.now()) > conference.requestsCloseOn) {
      throw conflict('requests_closed', { vi: 'Đã hết hạn gửi yêu cầu gặp', en: 'Meeting requests are closed' }, { closedAfter: conference.requestsCloseOn });
    }
    let producer: ProducerEntryRow;
    let buyer: BuyerEntryRow;
    let fromSide: 'producer' | 'buyer' | 'organizer';
    if (isStaff(user)) {
      if (!input.producerEntryId) throw need('producer');
      if (!input.buyerEntryId) throw need('buyer');
      const [p, b] = [await entryById(tx, conference.id, input.producerEntryId), await entryById(tx, conference.id, input.buyerEntryId)];
      if (p.side !== 'producer' || b.side !== 'buyer') throw badRequest('bad_pair', { vi: 'Cần một chủ thể và một bên mua', en: 'A request pairs a producer with a buyer' });
      [producer, buyer, fromSide] = [p.row, b.row, 'organizer'];
    } else {
      const own = await ownEntry(tx, conference.id, user);
      if (own.side === 'producer') {
        if (!input.buyerEntryId) throw need('buyer');
        const other = await entryById(tx, conference.id, input.buyerEntryId);
        if (other.side !== 'buyer') throw badRequest('bad_pair', { vi: 'Chủ thể chỉ gửi yêu cầu tới bên mua', en: 'A producer asks a buyer' });
        [producer, buyer, fromSide] = [own.row, other.row, 'producer'];
      } else {
        if (!input.producerEntryId) throw need('producer');
        const other = await entryById(tx, conference.id, input.producerEntryId);
        if (other.side !== 'producer') throw badRequest('bad_pair', { vi: 'Bên mua chỉ gửi yêu cầu tới chủ thể', en: 'A buyer asks a producer' });
        [producer, buyer, fromSide] = [other.row, own.row, 'buyer'];
      }
    }
    const slot = input.proposedSlot;
    if (slot !== undefined && (slot >= conference.slotCount || !producer.available.includes(slot) || !buyer.available.includes(slot))) {
      throw badRequest('not_available', { vi: 'Hai bên không cùng tham dự ca đề xuất', en: 'The two do not both attend the proposed slot' }, { slot });
    }
    const values = {
      conferenceId: conference.id, producerEntryId: producer.id, buyerEntryId: buyer.id, fromSide, message: input.message?.trim() ?? '',
      proposedSlot: slot ?? null, priority: input.priority ?? (fromSide === 'organizer' ? 3 : 1),
      expiresAt: new Date(clock.now().getTime() + conference.requestExpiryHours * 3_600_000), createdBy: user.id,
    };
    try {
      const id = await tx.transaction(async (inner) => {
        const [row] = await inner.insert(meetingRequests).values(values).returning({ id: meetingRequests.id });
        if (!row) throw new Error('insert returned no row');
        return row.id;
      });
      await recordAudit(tx, actor, { action: 'meeting-request.send', entity: 'meeting-request', entityId: id, changes: values });
      return { id };
    } catch (error) {
      if (isConstraintViolation(error, 'meeting_requests_open_pair')) {
        throw conflict('already_requested', { vi: 'Hai bên đã có yêu cầu gặp đang mở', en: 'These two already have an open meeting request' });
      }
      throw error;
    }
  });
}

import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db/database.ts';
import { badRequest, conflict } from '../../../server/http/app-error.ts';
import { isConstraintViolation } from '../../../server/http/database-errors.ts';
import type { ConferenceRow } from '../conferences/find-conference.ts';
import type { BuyerEntryRow, ProducerEntryRow } from '../participants/acting-entry.ts';
import type { MeetingSource } from '../domain/values.ts';
import { meetings } from '../tables.ts';

export const poolTableCode = (index: number) => `P${String(index + 1).padStart(2, '0')}`;

const CLASHES: Record<string, { vi: string; en: string }> = {
  meetings_producer_slot: { vi: 'Chủ thể đã có lịch gặp khác trong ca này', en: 'The producer already has a meeting in this slot' },
  meetings_buyer_slot: { vi: 'Bên mua đã có lịch gặp khác trong ca này', en: 'The buyer already has a meeting in this slot' },
  meetings_table_slot: { vi: 'Bàn giao thương đã có lịch trong ca này', en: 'The table is taken in this slot' },
  meetings_pair: { vi: 'Hai bên đã có lịch gặp', en: 'These two already have a meeting' },
};

export interface Booking {
  conference: ConferenceRow;
  producer: ProducerEntryRow;
  buyer: BuyerEntryRow;
  slot: number;
  requestId: string | null;
  weight: number;
  locked: boolean;
  source: MeetingSource;
  tableCode?: string;
}

/**
 * Books one meeting in a slot. The database's unique constraints decide between two bookings
 * racing for the same participant, table or pair: the loser gets 409 `slot_taken` and, since it
 * throws inside the caller's transaction, nothing of its action is written.
 */
export async function bookMeeting(tx: Tx, booking: Booking): Promise<string> {
  const { conference, producer, buyer, slot } = booking;
  if (slot >= conference.slotCount) throw badRequest('bad_slot', { vi: 'Ca gặp không tồn tại', en: 'No such slot' });
  if (!producer.available.includes(slot) || !buyer.available.includes(slot)) {
    throw conflict('not_available', { vi: 'Một trong hai bên không tham dự ca này', en: 'One of the two does not attend this slot' }, { slot });
  }
  let tableCode = booking.tableCode ?? buyer.tableCode;
  if (!tableCode) {
    const used = new Set((await tx.select({ code: meetings.tableCode }).from(meetings).where(and(eq(meetings.conferenceId, conference.id), eq(meetings.slot, slot)))).map((r) => r.code));
    const free = Array.from({ length: conference.poolTables }, (_, i) => poolTableCode(i)).find((code) => !used.has(code));
    if (!free) throw conflict('slot_taken', { vi: 'Hết bàn giao thương chung trong ca này', en: 'No shared table is free in this slot' }, { slot });
    tableCode = free;
  }
  try {
    // A savepoint, so that the refusal can be reported as what it is on PostgreSQL too.
    return await tx.transaction(async (inner) => {
      const [row] = await inner.insert(meetings).values({
        conferenceId: conference.id, producerEntryId: producer.id, buyerEntryId: buyer.id, requestId: booking.requestId, slot, tableCode,
        weight: booking.weight, locked: booking.locked, source: booking.source,
      }).returning({ id: meetings.id });
      if (!row) throw new Error('insert returned no row');
      return row.id;
    });
  } catch (error) {
    const clash = Object.keys(CLASHES).find((name) => isConstraintViolation(error, name));
    if (clash) throw conflict('slot_taken', CLASHES[clash] as { vi: string; en: string }, { slot, constraint: clash });
    throw error;
  }
}

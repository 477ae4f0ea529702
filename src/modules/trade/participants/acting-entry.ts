import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { forbidden, notFound } from '../../../server/http/app-error.ts';
import { isStaff } from '../trade-access.ts';
import { conferenceBuyers, conferenceProducers } from '../tables.ts';

export type ProducerEntryRow = typeof conferenceProducers.$inferSelect;
export type BuyerEntryRow = typeof conferenceBuyers.$inferSelect;
export type Entry = { side: 'producer'; row: ProducerEntryRow } | { side: 'buyer'; row: BuyerEntryRow };

const notRegistered = () => forbidden({ vi: 'Đơn vị của bạn chưa đăng ký tham gia hội nghị này', en: 'Your organisation is not registered for this conference' });
export const entryNotFound = () => notFound({ vi: 'Không tìm thấy đơn vị tham gia', en: 'Participant not found' });

/** The participation a producer or buyer account acts for in this conference. */
export async function ownEntry(db: Queryable, conferenceId: string, user: SignedInUser): Promise<Entry> {
  if (user.role === 'producer' && user.producerId) {
    const [row] = await db.select().from(conferenceProducers).where(and(eq(conferenceProducers.conferenceId, conferenceId), eq(conferenceProducers.producerId, user.producerId)));
    if (row) return { side: 'producer', row };
  }
  if (user.role === 'buyer' && user.buyerOrganisationId) {
    const [row] = await db.select().from(conferenceBuyers).where(and(eq(conferenceBuyers.conferenceId, conferenceId), eq(conferenceBuyers.buyerOrganisationId, user.buyerOrganisationId)));
    if (row) return { side: 'buyer', row };
  }
  throw notRegistered();
}

/** Any participation of the conference by its id (staff looking at a participant's view). */
export async function entryById(db: Queryable, conferenceId: string, entryId: string): Promise<Entry> {
  const [producer] = await db.select().from(conferenceProducers).where(and(eq(conferenceProducers.conferenceId, conferenceId), eq(conferenceProducers.id, entryId)));
  if (producer) return { side: 'producer', row: producer };
  const [buyer] = await db.select().from(conferenceBuyers).where(and(eq(conferenceBuyers.conferenceId, conferenceId), eq(conferenceBuyers.id, entryId)));
  if (buyer) return { side: 'buyer', row: buyer };
  throw entryNotFound();
}

/**
 * Whose view: staff name an entry (`entryId`), a participant always gets its own — a producer or
 * buyer naming another's entry is refused, never shown it.
 */
export async function viewedEntry(db: Queryable, conferenceId: string, user: SignedInUser, entryId: string | undefined): Promise<Entry> {
  if (isStaff(user)) {
    if (!entryId) throw notFound({ vi: 'Hãy chọn đơn vị tham gia', en: 'Choose a participant' });
    return entryById(db, conferenceId, entryId);
  }
  const own = await ownEntry(db, conferenceId, user);
  if (entryId && entryId !== own.row.id) throw forbidden({ vi: 'Bạn chỉ xem được thông tin của đơn vị mình', en: 'You can only see your own organisation' });
  return own;
}

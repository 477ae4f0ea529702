import { eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { producers } from '../../catalogue/tables.ts';
import type { ConferenceRow } from '../conferences/find-conference.ts';
import type { Agenda } from '../contract.ts';
import { listMeetings } from '../meetings/list-meetings.ts';
import type { Entry } from '../participants/acting-entry.ts';
import { buyerOrganisations } from '../tables.ts';

/** One participant's meetings in time order, with the partner and the table. */
export async function getAgenda(db: Queryable, conference: ConferenceRow, entry: Entry): Promise<Agenda> {
  const name = entry.side === 'producer'
    ? (await db.select({ name: producers.name }).from(producers).where(eq(producers.id, entry.row.producerId)))[0]?.name
    : (await db.select({ name: buyerOrganisations.name }).from(buyerOrganisations).where(eq(buyerOrganisations.id, entry.row.buyerOrganisationId)))[0]?.name;
  const items = (await listMeetings(db, conference, entry)).map((m) => ({
    meetingId: m.id, slot: m.slot, day: m.day, startsAt: m.startsAt, endsAt: m.endsAt, tableCode: m.tableCode,
    partnerName: entry.side === 'producer' ? m.buyerName : m.producerName, status: m.status,
  }));
  return {
    entryId: entry.row.id, side: entry.side, name: name ?? '',
    conference: { name: { vi: conference.nameVi, en: conference.nameEn }, venue: { vi: conference.venueVi, en: conference.venueEn }, venueAddress: conference.venueAddress },
    items,
  };
}

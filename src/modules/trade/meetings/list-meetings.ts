import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { producers } from '../../catalogue/tables.ts';
import type { ConferenceRow } from '../conferences/find-conference.ts';
import type { Meeting } from '../contract.ts';
import { slotTimes } from '../domain/slot-times.ts';
import type { Entry } from '../participants/acting-entry.ts';
import { buyerOrganisations, conferenceBuyers, conferenceProducers, meetings } from '../tables.ts';

/** Meetings by slot, then table: of the whole conference or of one participant. */
export async function listMeetings(db: Queryable, conference: ConferenceRow, entry: Entry | null = null): Promise<Meeting[]> {
  const where: SQL[] = [eq(meetings.conferenceId, conference.id)];
  if (entry) where.push(entry.side === 'producer' ? eq(meetings.producerEntryId, entry.row.id) : eq(meetings.buyerEntryId, entry.row.id));
  const rows = await db.select({ meeting: meetings, producerName: producers.name, buyerName: buyerOrganisations.name })
    .from(meetings)
    .innerJoin(conferenceProducers, eq(conferenceProducers.id, meetings.producerEntryId))
    .innerJoin(producers, eq(producers.id, conferenceProducers.producerId))
    .innerJoin(conferenceBuyers, eq(conferenceBuyers.id, meetings.buyerEntryId))
    .innerJoin(buyerOrganisations, eq(buyerOrganisations.id, conferenceBuyers.buyerOrganisationId))
    .where(and(...where)).orderBy(asc(meetings.slot), asc(meetings.tableCode));
  const times = slotTimes(conference.sessions);
  return rows.map(({ meeting, producerName, buyerName }) => {
    const time = times[meeting.slot];
    return {
      id: meeting.id, producerEntryId: meeting.producerEntryId, producerName, buyerEntryId: meeting.buyerEntryId, buyerName, slot: meeting.slot,
      day: time?.day ?? conference.startsOn, startsAt: time?.startsAt ?? '', endsAt: time?.endsAt ?? '', tableCode: meeting.tableCode,
      weight: meeting.weight, locked: meeting.locked, source: meeting.source, status: meeting.status, absent: meeting.absent,
    };
  });
}

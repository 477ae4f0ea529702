import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { producers } from '../../catalogue/tables.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { MeetingRequest } from '../contract.ts';
import type { RequestStatus } from '../domain/values.ts';
import type { Entry } from '../participants/acting-entry.ts';
import { buyerOrganisations, conferenceBuyers, conferenceProducers, meetingRequests, meetings } from '../tables.ts';

/**
 * Requests of the conference (staff) or of one participant. A pending request past its expiry is
 * shown as expired: expiry follows the platform clock, not a job having run.
 */
export async function listRequests(db: Queryable, conferenceId: string, entry: Entry | null, status?: RequestStatus): Promise<MeetingRequest[]> {
  const where: SQL[] = [eq(meetingRequests.conferenceId, conferenceId)];
  if (entry) where.push(entry.side === 'producer' ? eq(meetingRequests.producerEntryId, entry.row.id) : eq(meetingRequests.buyerEntryId, entry.row.id));
  const rows = await db.select({ request: meetingRequests, producerName: producers.name, buyerName: buyerOrganisations.name })
    .from(meetingRequests)
    .innerJoin(conferenceProducers, eq(conferenceProducers.id, meetingRequests.producerEntryId))
    .innerJoin(producers, eq(producers.id, conferenceProducers.producerId))
    .innerJoin(conferenceBuyers, eq(conferenceBuyers.id, meetingRequests.buyerEntryId))
    .innerJoin(buyerOrganisations, eq(buyerOrganisations.id, conferenceBuyers.buyerOrganisationId))
    .where(and(...where)).orderBy(asc(meetingRequests.createdAt), asc(meetingRequests.id));
  const ids = rows.map((r) => r.request.id);
  const booked = ids.length === 0 ? [] : await db.select({ id: meetings.id, requestId: meetings.requestId }).from(meetings).where(inArray(meetings.requestId, ids));
  const meetingOf = new Map(booked.map((m) => [m.requestId, m.id]));
  const now = clock.now();
  const items = rows.map(({ request, producerName, buyerName }): MeetingRequest => ({
    id: request.id, producerEntryId: request.producerEntryId, producerName, buyerEntryId: request.buyerEntryId, buyerName,
    fromSide: request.fromSide, message: request.message, proposedSlot: request.proposedSlot, priority: request.priority,
    status: request.status === 'pending' && request.expiresAt <= now ? 'expired' : request.status,
    expiresAt: request.expiresAt.toISOString(), answer: request.answer, createdAt: request.createdAt.toISOString(), meetingId: meetingOf.get(request.id) ?? null,
  }));
  return status ? items.filter((i) => i.status === status) : items;
}

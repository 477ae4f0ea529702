import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { ConferenceRow } from '../conferences/find-conference.ts';
import type { B2BInstance } from '../scheduling/types.ts';
import { conferenceBuyers, conferenceProducers, meetingRequests, meetings } from '../tables.ts';

export interface ConferenceInstance {
  instance: B2BInstance;
  /** The request behind each pair, `producer|buyer` → request id (the earliest accepted one). */
  requestOf: Map<string, string>;
  tableOf: Map<string, string | null>;
  /** Meetings the scheduler must keep: locked, or already checked in. */
  keptMeetings: (typeof meetings.$inferSelect)[];
}

export const pairKey = (producer: string, buyer: string) => `${producer}|${buyer}`;

/**
 * The conference as the pure scheduler's instance: producers are the sellers, buyer entries the
 * buyers (own table or the pool), accepted requests in arrival order weighted by priority, locked
 * or checked-in meetings kept, and the current meetings as the previous schedule.
 */
export async function conferenceInstance(db: Queryable, conference: ConferenceRow): Promise<ConferenceInstance> {
  const [producerRows, buyerRows, requestRows, meetingRows] = await Promise.all([
    db.select().from(conferenceProducers).where(eq(conferenceProducers.conferenceId, conference.id)).orderBy(asc(conferenceProducers.id)),
    db.select().from(conferenceBuyers).where(eq(conferenceBuyers.conferenceId, conference.id)).orderBy(asc(conferenceBuyers.id)),
    db.select().from(meetingRequests).where(eq(meetingRequests.conferenceId, conference.id)).orderBy(asc(meetingRequests.createdAt), asc(meetingRequests.id)),
    db.select().from(meetings).where(eq(meetings.conferenceId, conference.id)).orderBy(asc(meetings.slot), asc(meetings.id)),
  ]);
  const requestOf = new Map<string, string>();
  const requests: B2BInstance['requests'] = [];
  for (const r of requestRows) {
    if (r.status !== 'accepted') continue;
    const key = pairKey(r.producerEntryId, r.buyerEntryId);
    if (!requestOf.has(key)) requestOf.set(key, r.id);
    requests.push({ seller: r.producerEntryId, buyer: r.buyerEntryId, weight: r.priority });
  }
  const keptMeetings = meetingRows.filter((m) => m.locked || m.status !== 'scheduled');
  // A kept meeting whose request was withdrawn still needs one in the instance.
  for (const m of keptMeetings) {
    if (!requestOf.has(pairKey(m.producerEntryId, m.buyerEntryId))) requests.push({ seller: m.producerEntryId, buyer: m.buyerEntryId, weight: m.weight });
  }
  return {
    instance: {
      slots: conference.slotCount,
      sellers: producerRows.map((p) => ({ id: p.id, available: [...p.available] })),
      buyers: buyerRows.map((b) => ({ id: b.id, available: [...b.available], table: b.tableMode })),
      requests,
      poolTables: conference.poolTables,
      locked: keptMeetings.map((m) => ({ seller: m.producerEntryId, buyer: m.buyerEntryId, slot: m.slot })),
      previous: meetingRows.map((m) => ({ seller: m.producerEntryId, buyer: m.buyerEntryId, slot: m.slot })),
    },
    requestOf,
    tableOf: new Map(buyerRows.map((b) => [b.id, b.tableCode])),
    keptMeetings,
  };
}

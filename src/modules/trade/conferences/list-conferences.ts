import { count, desc, inArray, ne } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { Conference } from '../contract.ts';
import { conferenceBuyers, conferenceProducers, conferences } from '../tables.ts';
import { toConference } from './find-conference.ts';

/** Conferences, newest first; drafts only for staff. */
export async function listConferences(db: Queryable, options: { includeDrafts: boolean }): Promise<Conference[]> {
  const rows = await db.select().from(conferences).where(options.includeDrafts ? undefined : ne(conferences.status, 'draft')).orderBy(desc(conferences.startsOn), conferences.slug);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [producers, buyers] = await Promise.all([
    db.select({ id: conferenceProducers.conferenceId, n: count() }).from(conferenceProducers).where(inArray(conferenceProducers.conferenceId, ids)).groupBy(conferenceProducers.conferenceId),
    db.select({ id: conferenceBuyers.conferenceId, n: count() }).from(conferenceBuyers).where(inArray(conferenceBuyers.conferenceId, ids)).groupBy(conferenceBuyers.conferenceId),
  ]);
  const p = new Map(producers.map((r) => [r.id, r.n]));
  const b = new Map(buyers.map((r) => [r.id, r.n]));
  return rows.map((row) => toConference(row, { producerCount: p.get(row.id) ?? 0, buyerCount: b.get(row.id) ?? 0 }));
}

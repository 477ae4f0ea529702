import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { SuggestionList } from '../contract.ts';
import { matchFit, type FitBuyer, type FitProducer } from '../domain/match-fit.ts';
import { meetingRequests } from '../tables.ts';
import type { Entry } from './acting-entry.ts';
import { listBuyerEntries, listProducerEntries } from './list-participants.ts';

/** Partners for one participant, best fit first (ties by name), with the reasons of the fit. */
export async function suggestPartners(db: Queryable, conferenceId: string, entry: Entry, limit: number): Promise<SuggestionList> {
  const [producers, buyers, open] = await Promise.all([
    listProducerEntries(db, conferenceId),
    listBuyerEntries(db, conferenceId),
    db.select({ producer: meetingRequests.producerEntryId, buyer: meetingRequests.buyerEntryId }).from(meetingRequests)
      .where(and(eq(meetingRequests.conferenceId, conferenceId), inArray(meetingRequests.status, ['pending', 'accepted']),
        entry.side === 'producer' ? eq(meetingRequests.producerEntryId, entry.row.id) : eq(meetingRequests.buyerEntryId, entry.row.id))),
  ]);
  const requested = new Set(open.map((r) => (entry.side === 'producer' ? r.buyer : r.producer)));
  const asBuyer = (b: (typeof buyers)[number]): FitBuyer => ({ ...b.organisation, available: b.available });
  const items = entry.side === 'producer'
    ? buyers.map((b) => {
      const me = producers.find((p) => p.id === entry.row.id);
      const fit = me ? matchFit(me as FitProducer, asBuyer(b)) : { score: 0, commonSlots: 0, reasons: [] };
      return { entryId: b.id, side: 'buyer' as const, name: b.organisation.name, ...fit, requested: requested.has(b.id) };
    })
    : producers.map((p) => {
      const me = buyers.find((b) => b.id === entry.row.id);
      const fit = me ? matchFit(p, asBuyer(me)) : { score: 0, commonSlots: 0, reasons: [] };
      return { entryId: p.id, side: 'producer' as const, name: p.name, ...fit, requested: requested.has(p.id) };
    });
  items.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'vi') || a.entryId.localeCompare(b.entryId));
  return { forEntry: entry.row.id, items: items.slice(0, limit) };
}

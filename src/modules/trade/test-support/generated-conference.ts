import { clock } from '../../../shared/time/clock.ts';
import type { TestApp } from '../../../../test/support/test-app.ts';
import { aProducer } from '../../../../test/support/catalogue-fixtures.ts';
import { generateInstance, type GeneratorOptions } from '../scheduling/generate-instance.ts';
import { buyerOrganisations, conferenceBuyers, conferenceProducers, meetingRequests } from '../tables.ts';
import { aConferenceInput } from './conference-fixtures.ts';

/**
 * A conference in the matching stage whose accepted requests are a generated scheduler instance
 * (eight slots, the sessions of aConferenceInput; own tables): big enough for the scheduler to
 * need its relaxation, written straight to the tables because hundreds of requests through the
 * API would only slow the tests. A pair requested twice keeps its highest priority.
 */
export async function aGeneratedConference(t: TestApp, slug: string, options: Omit<GeneratorOptions, 'slots'>): Promise<{ id: string; slug: string }> {
  const instance = generateInstance({ ...options, slots: 8 });
  const created = await t.request('organizer', { method: 'POST', url: '/api/conferences', payload: aConferenceInput(slug) });
  if (created.statusCode !== 201) throw new Error(`conference not created: ${created.body}`);
  const id = (created.json() as { id: string }).id;
  const db = t.database.db;
  const producerEntry = new Map<string, string>();
  for (const seller of instance.sellers) {
    const producer = await aProducer(t.database, { name: `HTX ${slug} ${seller.id}`, address: `Thôn ${seller.id}` });
    const [entry] = await db.insert(conferenceProducers).values({ conferenceId: id, producerId: producer.id, available: seller.available }).returning({ id: conferenceProducers.id });
    producerEntry.set(seller.id, entry?.id ?? '');
  }
  const buyerEntry = new Map<string, string>();
  for (const [i, buyer] of instance.buyers.entries()) {
    const [organisation] = await db.insert(buyerOrganisations).values({ name: `Bên mua ${slug} ${buyer.id}`, kind: 'supermarket', matchKey: `${slug}-${buyer.id}`.toLowerCase() }).returning({ id: buyerOrganisations.id });
    const [entry] = await db.insert(conferenceBuyers).values({
      conferenceId: id, buyerOrganisationId: organisation?.id ?? '', tableMode: 'own', tableCode: `B${String(i + 1).padStart(3, '0')}`, available: buyer.available,
    }).returning({ id: conferenceBuyers.id });
    buyerEntry.set(buyer.id, entry?.id ?? '');
  }
  const weights = new Map<string, number>();
  for (const r of instance.requests) weights.set(`${r.seller}|${r.buyer}`, Math.max(weights.get(`${r.seller}|${r.buyer}`) ?? 0, Math.min(5, r.weight)));
  const start = clock.now().getTime() - 3_600_000;
  const requests = [...weights].map(([pair, weight], i) => {
    const [seller = '', buyer = ''] = pair.split('|');
    return {
      conferenceId: id, producerEntryId: producerEntry.get(seller) ?? '', buyerEntryId: buyerEntry.get(buyer) ?? '', fromSide: 'organizer' as const,
      priority: weight, status: 'accepted' as const, createdAt: new Date(start + i * 1000), expiresAt: new Date(start + 30 * 24 * 3_600_000), decidedAt: new Date(start + i * 1000),
    };
  });
  for (let i = 0; i < requests.length; i += 500) await db.insert(meetingRequests).values(requests.slice(i, i + 500));
  for (const status of ['registration', 'matching']) {
    const moved = await t.request('organizer', { method: 'PATCH', url: `/api/conferences/${slug}`, payload: { status } });
    if (moved.statusCode !== 204) throw new Error(`conference not moved to ${status}: ${moved.body}`);
  }
  return { id, slug };
}

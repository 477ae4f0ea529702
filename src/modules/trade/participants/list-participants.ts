import { asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { producers, products } from '../../catalogue/tables.ts';
import type { BuyerEntry, Participants, ProducerEntry } from '../contract.ts';
import { buyerOrganisations, conferenceBuyers, conferenceProducers } from '../tables.ts';
import { toBuyerOrganisation } from './buyer-organisations.ts';

export async function listProducerEntries(db: Queryable, conferenceId: string): Promise<ProducerEntry[]> {
  const rows = await db.select({ entry: conferenceProducers, name: producers.name, province: producers.province, region: producers.region })
    .from(conferenceProducers).innerJoin(producers, eq(producers.id, conferenceProducers.producerId))
    .where(eq(conferenceProducers.conferenceId, conferenceId)).orderBy(asc(producers.name), asc(conferenceProducers.id));
  const productIds = [...new Set(rows.flatMap((r) => r.entry.productIds))];
  const productRows = productIds.length === 0 ? [] : await db.select({ id: products.id, nameVi: products.nameVi, nameEn: products.nameEn, categoryCode: products.categoryCode, stars: products.stars })
    .from(products).where(inArray(products.id, productIds));
  const byId = new Map(productRows.map((p) => [p.id, { id: p.id, name: { vi: p.nameVi, en: p.nameEn }, categoryCode: p.categoryCode, stars: p.stars }]));
  return rows.map(({ entry, name, province, region }) => ({
    id: entry.id, producerId: entry.producerId, name, province, region,
    products: entry.productIds.flatMap((id) => byId.get(id) ?? []), available: entry.available,
  }));
}

export async function listBuyerEntries(db: Queryable, conferenceId: string): Promise<BuyerEntry[]> {
  const rows = await db.select({ entry: conferenceBuyers, organisation: buyerOrganisations })
    .from(conferenceBuyers).innerJoin(buyerOrganisations, eq(buyerOrganisations.id, conferenceBuyers.buyerOrganisationId))
    .where(eq(conferenceBuyers.conferenceId, conferenceId)).orderBy(asc(buyerOrganisations.name), asc(conferenceBuyers.id));
  return rows.map(({ entry, organisation }) => ({
    id: entry.id, organisation: toBuyerOrganisation(organisation), tableMode: entry.tableMode, tableCode: entry.tableCode, available: entry.available,
  }));
}

export async function listParticipants(db: Queryable, conferenceId: string): Promise<Participants> {
  const [producerEntries, buyers] = await Promise.all([listProducerEntries(db, conferenceId), listBuyerEntries(db, conferenceId)]);
  return { producers: producerEntries, buyers };
}

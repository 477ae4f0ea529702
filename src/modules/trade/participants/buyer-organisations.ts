import { asc, eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../../../server/db/database.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { BuyerOrganisation, BuyerOrganisationInput } from '../contract.ts';
import { buyerOrganisations } from '../tables.ts';

export type BuyerOrganisationRow = typeof buyerOrganisations.$inferSelect;

/** Lower-cased, accents kept, spaces folded: "Saigon  Co.op" and "saigon co.op" are one buyer. */
export const buyerMatchKey = (name: string) => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

export function toBuyerOrganisation(row: BuyerOrganisationRow): BuyerOrganisation {
  return {
    id: row.id, name: row.name, kind: row.kind, province: row.province, country: row.country, categories: row.categories, minStars: row.minStars,
    certifications: row.certifications, regions: row.regions, monthlyVolumeVnd: row.monthlyVolumeVnd, requirements: row.requirements,
  };
}

/** Creates the organisation, or updates the one of the same name (bulk registration re-run). */
export async function saveBuyerOrganisation(tx: Tx, actor: Actor, input: BuyerOrganisationInput): Promise<{ id: string; created: boolean }> {
  const values = {
    name: input.name.trim(), kind: input.kind, taxCode: input.taxCode ?? null, province: input.province ?? 'Hà Nội', country: input.country ?? 'VN',
    contactName: input.contactName ?? '', email: input.email ?? '', phone: input.phone ?? '', categories: input.categories ?? [], minStars: input.minStars ?? 3,
    certifications: input.certifications ?? [], regions: input.regions ?? [], monthlyVolumeVnd: input.monthlyVolumeVnd ?? 0, requirements: input.requirements ?? '',
    matchKey: buyerMatchKey(input.name),
  };
  const [existing] = await tx.select({ id: buyerOrganisations.id }).from(buyerOrganisations).where(eq(buyerOrganisations.matchKey, values.matchKey));
  if (existing) {
    await tx.update(buyerOrganisations).set(values).where(eq(buyerOrganisations.id, existing.id));
    await recordAudit(tx, actor, { action: 'buyer-organisation.update', entity: 'buyer-organisation', entityId: existing.id, changes: values });
    return { id: existing.id, created: false };
  }
  const [row] = await tx.insert(buyerOrganisations).values(values).returning({ id: buyerOrganisations.id });
  if (!row) throw new Error('insert returned no row');
  await recordAudit(tx, actor, { action: 'buyer-organisation.create', entity: 'buyer-organisation', entityId: row.id, changes: values });
  return { id: row.id, created: true };
}

export async function listBuyerOrganisations(db: Queryable): Promise<BuyerOrganisation[]> {
  return (await db.select().from(buyerOrganisations).orderBy(asc(buyerOrganisations.name))).map(toBuyerOrganisation);
}

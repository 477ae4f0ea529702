import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../server/db/database.ts';
import type { DemoCatalogue } from '../demo/demo-types.ts';
import { producerKey } from '../import/producer-key.ts';
import { newProductCode } from '../products/product-code.ts';
import { certificates, craftVillages, producers, products } from '../tables.ts';

const CHUNK = 1000;

async function insertChunked<T>(items: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await insert(items.slice(i, i + CHUNK));
}

/**
 * Bulk-loads a generated catalogue (the demo, or the 100,000-product benchmark) inside the
 * caller's transaction. Returns the database ids by the generator's keys.
 */
export async function insertCatalogue(tx: Tx, catalogue: DemoCatalogue): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (!id) ids.set(key, (id = randomUUID()));
    return id;
  };
  const ref = (key: string | null) => (key ? idOf(key) : null);

  await insertChunked(catalogue.craftVillages, (chunk) =>
    tx.insert(craftVillages).values(chunk.map((v) => ({
      id: idOf(v.key), nameVi: v.name.vi, nameEn: v.name.en, craftVi: v.craft.vi, craftEn: v.craft.en,
      commune: v.commune ?? v.legacyCommune, legacyDistrict: v.legacyDistrict, province: v.province,
      latitude: v.lat, longitude: v.lng, traditional: v.recognisedTraditional,
      descriptionVi: v.description.vi, descriptionEn: v.description.en,
    }))),
  );
  await insertChunked(catalogue.producers, (chunk) =>
    tx.insert(producers).values(chunk.map((p) => ({
      id: idOf(p.key), name: p.name, type: p.type, taxCode: p.taxCode, address: p.address, province: p.province,
      commune: p.commune, legacyDistrict: p.legacyDistrict, region: p.region, country: p.country, phone: p.phone,
      descriptionVi: '', descriptionEn: '', craftVillageId: ref(p.craftVillageKey), latitude: p.lat, longitude: p.lng,
      matchKey: producerKey(p.name, p.address),
    }))),
  );
  const codes = new Set<string>();
  const uniqueCode = () => {
    let code = newProductCode();
    while (codes.has(code)) code = newProductCode();
    codes.add(code);
    return code;
  };
  await insertChunked(catalogue.products, (chunk) =>
    tx.insert(products).values(chunk.map((p) => ({
      id: idOf(p.key), code: uniqueCode(), producerId: idOf(p.producerKey), nameVi: p.name.vi, nameEn: p.name.en,
      descriptionVi: p.description.vi, descriptionEn: p.description.en, categoryCode: p.categoryCode,
      packagingVi: p.packaging.vi, packagingEn: p.packaging.en, priceMinVnd: p.priceMinVnd, priceMaxVnd: p.priceMaxVnd,
      photos: [], revoked: false,
    }))),
  );
  // Row by row the certificate trigger would refresh each product once per certificate; for a
  // bulk load it is switched off and every product's current rating set in one statement.
  await tx.execute(sql`ALTER TABLE certificates DISABLE TRIGGER certificates_keep_current`);
  await insertChunked(catalogue.certificates, (chunk) =>
    tx.insert(certificates).values(chunk.map((c) => ({
      id: idOf(c.key), productId: idOf(c.productKey), stars: c.stars, potentialFiveStar: c.potentialFiveStar, score: c.score,
      decisionNumber: c.decisionNumber, decisionDate: c.decisionDate, authorityLevel: c.level, legalBasis: c.legalBasis,
      issueDate: c.issueDate, expiryDate: c.expiryDate, revokedOn: c.revokedAt,
      revocationReasonVi: c.revocationReason?.vi ?? null, revocationReasonEn: c.revocationReason?.en ?? null,
    }))),
  );
  await tx.execute(sql`ALTER TABLE certificates ENABLE TRIGGER certificates_keep_current`);
  await tx.execute(sql`SELECT ocop_refresh_current_certificate(NULL)`);
  return ids;
}

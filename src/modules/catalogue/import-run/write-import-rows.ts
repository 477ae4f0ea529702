import { clock } from '../../../shared/time/clock.ts';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { Actor } from '../../audit/actor.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ImportRow } from '../import/import-row.ts';
import { newProductCode } from '../products/product-code.ts';
import { certificates, craftVillages, producers, products } from '../tables.ts';

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface ImportCounts {
  producers: Record<Outcome, number>;
  products: Record<Outcome, number>;
  certificates: Record<Outcome, number>;
}

export const emptyCounts = (): ImportCounts => ({
  producers: { created: 0, updated: 0, unchanged: 0 },
  products: { created: 0, updated: 0, unchanged: 0 },
  certificates: { created: 0, updated: 0, unchanged: 0 },
});

/**
 * Upserts one row's producer, product and certificate. Producers are found by their match key
 * (name + address), products by producer and folded name, certificates by decision number and date:
 * importing the same list again changes nothing.
 */
export class ImportWriter {
  private readonly producerIds = new Map<string, { id: string; outcome: Outcome }>();
  private villageIds: Map<string, string> | undefined;
  readonly counts = emptyCounts();

  constructor(
    private readonly tx: Tx,
    private readonly actor: Actor,
    private readonly fileName: string,
  ) {}

  async write(row: ImportRow): Promise<void> {
    const producer = await this.upsertProducer(row);
    const product = await this.upsertProduct(row, producer.id);
    const certificate = await this.upsertCertificate(row, product.id);
    if (product.outcome !== 'unchanged' || certificate.outcome !== 'unchanged' || producer.outcome === 'created') {
      await recordAudit(this.tx, this.actor, {
        action: 'catalogue.import-row',
        entity: 'product',
        entityId: product.id,
        changes: { file: this.fileName, row: row.rowNumber, producer: producer.outcome, product: product.changes, certificate: certificate.changes },
      });
    }
  }

  private async villageId(name: string | null): Promise<string | null> {
    if (!name) return null;
    if (!this.villageIds) {
      const villages = await this.tx.select({ id: craftVillages.id, key: sql<string>`ocop_fold(${craftVillages.nameVi})` }).from(craftVillages);
      this.villageIds = new Map(villages.map((v) => [v.key, v.id]));
    }
    const [folded] = await rows<{ key: string }>(this.tx, sql`SELECT ocop_fold(${name}) AS key`);
    const key = folded?.key ?? '';
    return this.villageIds.get(key) ?? this.villageIds.get(key.replace(/^lang (nghe )?/, '')) ?? null;
  }

  private async upsertProducer(row: ImportRow): Promise<{ id: string; outcome: Outcome }> {
    const known = this.producerIds.get(row.producer.key);
    if (known) return { id: known.id, outcome: 'unchanged' };
    const p = row.producer;
    const craftVillageId = await this.villageId(row.craftVillage);
    const values = {
      name: p.name,
      type: p.type,
      address: p.address,
      province: p.province ?? p.legacyProvince ?? '',
      commune: p.commune,
      legacyDistrict: p.legacyDistrict,
      region: p.region,
      country: p.country,
      ...(p.taxCode ? { taxCode: p.taxCode } : {}),
      ...(p.phone ? { phone: p.phone } : {}),
      ...(craftVillageId ? { craftVillageId } : {}),
    };
    const [existing] = await this.tx.select().from(producers).where(eq(producers.matchKey, p.key)).for('update');
    let result: { id: string; outcome: Outcome };
    if (existing) {
      const changes = changedFields(existing, values);
      if (Object.keys(changes).length) await this.tx.update(producers).set({ ...values, updatedAt: clock.now() }).where(eq(producers.id, existing.id));
      result = { id: existing.id, outcome: Object.keys(changes).length ? 'updated' : 'unchanged' };
    } else {
      const [created] = await this.tx
        .insert(producers)
        .values({ ...values, matchKey: p.key, descriptionVi: '', descriptionEn: '' })
        .returning({ id: producers.id });
      if (!created) throw new Error('insert returned no row');
      result = { id: created.id, outcome: 'created' };
    }
    this.counts.producers[result.outcome]++;
    this.producerIds.set(p.key, result);
    return result;
  }

  private async upsertProduct(row: ImportRow, producerId: string) {
    const values = {
      nameVi: row.productName.vi,
      categoryCode: row.categoryCode,
      ...(row.productName.en ? { nameEn: row.productName.en } : {}),
      ...(row.priceMinVnd !== null ? { priceMinVnd: row.priceMinVnd, priceMaxVnd: row.priceMaxVnd ?? row.priceMinVnd } : {}),
      ...(row.packaging ? { packagingVi: row.packaging } : {}),
      ...(row.description ? { descriptionVi: row.description } : {}),
    };
    const [existing] = await this.tx
      .select()
      .from(products)
      .where(and(eq(products.producerId, producerId), sql`ocop_fold(${products.nameVi}) = ocop_fold(${row.productName.vi})`))
      .for('update');
    if (existing) {
      const changes = changedFields(existing, values);
      const outcome: Outcome = Object.keys(changes).length ? 'updated' : 'unchanged';
      if (outcome === 'updated') await this.tx.update(products).set({ ...values, updatedAt: clock.now() }).where(eq(products.id, existing.id));
      this.counts.products[outcome]++;
      return { id: existing.id, outcome, changes };
    }
    const insert = {
      code: newProductCode(),
      producerId,
      nameEn: row.productName.en ?? row.productName.vi,
      descriptionVi: '',
      descriptionEn: '',
      packagingVi: '',
      packagingEn: '',
      photos: [],
      revoked: false,
      ...values,
    };
    const [created] = await this.tx.insert(products).values(insert).returning({ id: products.id });
    if (!created) throw new Error('insert returned no row');
    this.counts.products.created++;
    return { id: created.id, outcome: 'created' as Outcome, changes: insert };
  }

  private async upsertCertificate(row: ImportRow, productId: string) {
    const values = {
      stars: row.stars,
      potentialFiveStar: row.potentialFiveStar,
      score: row.score,
      authorityLevel: row.level,
      legalBasis: row.legalBasis,
      issueDate: row.issueDate,
      expiryDate: row.expiryDate,
    };
    const [existing] = await this.tx
      .select()
      .from(certificates)
      .where(and(eq(certificates.productId, productId), eq(certificates.decisionNumber, row.decisionNumber), eq(certificates.decisionDate, row.decisionDate)))
      .for('update');
    if (existing) {
      const changes = changedFields(existing, values);
      const outcome: Outcome = Object.keys(changes).length ? 'updated' : 'unchanged';
      if (outcome === 'updated') await this.tx.update(certificates).set({ ...values, updatedAt: clock.now() }).where(eq(certificates.id, existing.id));
      this.counts.certificates[outcome]++;
      return { outcome, changes };
    }
    await this.tx.insert(certificates).values({ ...values, productId, decisionNumber: row.decisionNumber, decisionDate: row.decisionDate });
    this.counts.certificates.created++;
    return { outcome: 'created' as Outcome, changes: { ...values, decisionNumber: row.decisionNumber, decisionDate: row.decisionDate } };
  }
}

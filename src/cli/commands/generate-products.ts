import { sql } from 'drizzle-orm';
import { generateDemoCatalogue } from '../../modules/catalogue/demo/generate-demo-catalogue.ts';
import { producerKey } from '../../modules/catalogue/import/producer-key.ts';
import { insertCatalogue } from '../../modules/catalogue/seed/insert-catalogue.ts';
import type { Database } from '../../server/db/database.ts';
import { rows } from '../../server/db/rows.ts';
import { clock } from '../../shared/time/clock.ts';
import { CliError, withDatabase } from '../cli-context.ts';

/**
 * Adds `count` generated products (with their producers) to whatever the catalogue holds, the
 * demo included: a generated craft village already there is left out (its producers keep no
 * village), a producer whose name and address are taken gets a numbered name.
 */
export async function addGeneratedProducts(database: Database, count: number, seed: string): Promise<void> {
  const catalogue = generateDemoCatalogue({ today: clock.today(), products: count, producers: Math.ceil(count / 5), seed });
  await database.db.transaction(async (tx) => {
    const villages = new Set((await rows<{ name: string }>(tx, sql`SELECT ocop_fold(name_vi) AS name FROM craft_villages`)).map((row) => row.name));
    const folded = await rows<{ name: string }>(tx, sql`SELECT ocop_fold(name) AS name FROM json_array_elements_text(${JSON.stringify(catalogue.craftVillages.map((v) => v.name.vi))}::json) WITH ORDINALITY AS t(name, n) ORDER BY n`);
    const taken = new Set(catalogue.craftVillages.filter((_, i) => villages.has(folded[i]?.name ?? '')).map((v) => v.key));
    catalogue.craftVillages = catalogue.craftVillages.filter((v) => !taken.has(v.key));
    const matchKeys = new Set((await rows<{ key: string }>(tx, sql`SELECT match_key AS key FROM producers`)).map((row) => row.key));
    for (const producer of catalogue.producers) {
      if (producer.craftVillageKey && taken.has(producer.craftVillageKey)) producer.craftVillageKey = null;
      const base = producer.name;
      for (let n = 2; matchKeys.has(producerKey(producer.name, producer.address)); n++) producer.name = `${base} (${n})`;
      matchKeys.add(producerKey(producer.name, producer.address));
    }
    await insertCatalogue(tx, catalogue);
  });
}

/** `ocop generate-products N`: N more generated products (for load and search benchmarks). */
export async function generateProductsCommand(args: string[]): Promise<void> {
  const count = Number(args[0]);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new CliError('Usage: ocop generate-products N   (1 to 1,000,000)');
  const started = Date.now();
  await withDatabase((database) => addGeneratedProducts(database, count, `generated-${clock.now().toISOString()}`));
  console.log(`Generated ${count} products in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

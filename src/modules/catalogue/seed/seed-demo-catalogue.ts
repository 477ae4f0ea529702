import type { Database } from '../../../server/db/database.ts';
import { clock } from '../../../shared/time/clock.ts';
import { generateDemoCatalogue } from '../demo/generate-demo-catalogue.ts';
import { insertCatalogue } from './insert-catalogue.ts';

/**
 * Loads the demo catalogue of the Hanoi programme (1,200 products, 320 producers, the pilot craft
 * villages) with certificate dates relative to today, so every status shows. Returns the producer
 * the demo producer account acts for: one from Bát Tràng, the programme's best-known village.
 */
export async function seedDemoCatalogue(database: Database, options: { products?: number; producers?: number } = {}): Promise<{ demoProducerId: string | null }> {
  const catalogue = generateDemoCatalogue({ today: clock.today(), ...options });
  const ids = await database.db.transaction((tx) => insertCatalogue(tx, catalogue));
  const village = catalogue.craftVillages.find((v) => v.name.vi.includes('Bát Tràng'));
  const producer = catalogue.producers.find((p) => village && p.craftVillageKey === village.key) ?? catalogue.producers[0];
  return { demoProducerId: producer ? (ids.get(producer.key) ?? null) : null };
}

import { asc, count, eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { CraftVillage } from '../contract.ts';
import { craftVillages, producers } from '../tables.ts';
import { toCraftVillage } from './craft-village-values.ts';

export async function listCraftVillages(db: Queryable): Promise<CraftVillage[]> {
  const result = await db
    .select({ village: craftVillages, producerCount: count(producers.id) })
    .from(craftVillages)
    .leftJoin(producers, eq(producers.craftVillageId, craftVillages.id))
    .groupBy(craftVillages.id)
    .orderBy(asc(craftVillages.nameVi));
  return result.map((r) => toCraftVillage(r.village, r.producerCount));
}

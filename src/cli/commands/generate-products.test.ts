// `ocop generate-products N` adds N products to any catalogue, the demo's included.
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/test-database.ts';
import { products } from '../../modules/catalogue/tables.ts';
import { seedDemoCatalogue } from '../../modules/catalogue/seed/seed-demo-catalogue.ts';
import type { Database } from '../../server/db/database.ts';
import { addGeneratedProducts } from './generate-products.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoCatalogue(database, { products: 60 });
});
afterAll(() => database.close());

const productCount = async () => (await database.db.select({ n: count() }).from(products))[0]?.n ?? 0;

it('adds its products beside the demo catalogue, twice over with the same names generated', async () => {
  const before = await productCount();
  // The demo's own seed: every craft village and producer name it makes is already there.
  await addGeneratedProducts(database, 60, 'ocop-connect-demo');
  await addGeneratedProducts(database, 60, 'ocop-connect-demo');
  expect(await productCount()).toBe(before + 120);
});

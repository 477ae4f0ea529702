import { seedDemoCatalogue } from '../../modules/catalogue/seed/seed-demo-catalogue.ts';
import { CliError, withDatabase } from '../cli-context.ts';

/** `ocop generate-products N`: a generated catalogue of N products (for load and search benchmarks). */
export async function generateProductsCommand(args: string[]): Promise<void> {
  const count = Number(args[0]);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new CliError('Usage: ocop generate-products N   (1 to 1,000,000)');
  const started = Date.now();
  await withDatabase((database) => seedDemoCatalogue(database, { products: count, producers: Math.ceil(count / 5) }));
  console.log(`Generated ${count} products in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

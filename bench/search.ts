/**
 * Catalogue search at scale: 100,000 generated products on PGlite and on a PostgreSQL server,
 * p50/p95 latency of accent-free (and typo) queries through the real search function, and
 * recall: how often the product a query names is on the first page of results.
 *
 *   npm run bench:search            (server: BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_PRODUCTS=20000 npm run bench:search
 */
import pg from 'pg';
import { generateDemoCatalogue } from '../src/modules/catalogue/demo/generate-demo-catalogue.ts';
import { listProducts } from '../src/modules/catalogue/products/list-products.ts';
import { insertCatalogue } from '../src/modules/catalogue/seed/insert-catalogue.ts';
import type { Database } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { openPglite } from '../src/server/db/open-pglite.ts';
import { openPostgres } from '../src/server/db/open-postgres.ts';
import { foldVietnamese } from '../src/shared/text/fold-vietnamese.ts';

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const TODAY = '2026-11-28';
const QUERIES = 200;
const catalogue = generateDemoCatalogue({ today: TODAY, products: PRODUCTS, producers: Math.ceil(PRODUCTS / 5), seed: 'bench' });

/** Deterministic query set: folded product names, a third of them with one letter dropped. */
function makeQueries(): { q: string; expected: string }[] {
  const queries: { q: string; expected: string }[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const product = catalogue.products[(i * 7919) % catalogue.products.length];
    if (!product) continue;
    let q = foldVietnamese(product.name.vi);
    if (i % 3 === 2) {
      const words = q.split(' ');
      const w = words.findIndex((word) => word.length >= 5);
      if (w >= 0) words[w] = (words[w] as string).slice(0, 2) + (words[w] as string).slice(3);
      q = words.join(' ');
    }
    queries.push({ q, expected: product.name.vi });
  }
  return queries;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function measure(name: string, database: Database): Promise<void> {
  await migrate(database);
  const loadStart = performance.now();
  await database.db.transaction((tx) => insertCatalogue(tx, catalogue));
  await database.rawTransaction((client) => client.exec('ANALYZE'));
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const queries = makeQueries();
  for (const { q } of queries.slice(0, 20)) await listProducts(database.db, { q }, TODAY); // warm-up
  const times: number[] = [];
  const exactTimes: number[] = [];
  const typoTimes: number[] = [];
  let found = 0;
  let foundExact = 0;
  for (const [index, { q, expected }] of queries.entries()) {
    const started = performance.now();
    const result = await listProducts(database.db, { q }, TODAY);
    const elapsed = performance.now() - started;
    times.push(elapsed);
    (index % 3 === 2 ? typoTimes : exactTimes).push(elapsed);
    const hit = result.items.some((item) => item.name.vi === expected);
    if (hit) found++;
    if (hit && index % 3 !== 2) foundExact++;
  }
  for (const list of [times, exactTimes, typoTimes]) list.sort((a, b) => a - b);
  const exactCount = queries.filter((_, i) => i % 3 !== 2).length;
  const filtered: number[] = [];
  for (const filter of [{ stars: 5 }, { category: 'I' }, { status: 'expiring' as const }, { region: 'northern-mountains' as const, q: 'che' }]) {
    const started = performance.now();
    await listProducts(database.db, filter, TODAY);
    filtered.push(performance.now() - started);
  }
  console.log(
    `${name.padEnd(9)} ${PRODUCTS} products (loaded in ${loadSeconds.toFixed(1)} s) | search p50 ${percentile(times, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)?.toFixed(1)} ms ` +
      `(exact words p50 ${percentile(exactTimes, 50).toFixed(1)} / p95 ${percentile(exactTimes, 95).toFixed(1)} ms; ` +
      `misspelt p50 ${percentile(typoTimes, 50).toFixed(1)} / p95 ${percentile(typoTimes, 95).toFixed(1)} ms) | recall@24 ${((100 * found) / queries.length).toFixed(1)}% ` +
      `(exact ${((100 * foundExact) / exactCount).toFixed(1)}%, one letter dropped ${((100 * (found - foundExact)) / (queries.length - exactCount)).toFixed(1)}%) | ` +
      `filters ${filtered.map((t) => t.toFixed(0)).join('/')} ms`,
  );
}

const pglite = await openPglite();
try {
  await measure('PGlite', pglite);
} finally {
  await pglite.close();
}

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const benchDb = `ocop_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: serverUrl });
try {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${benchDb}`);
  const url = new URL(serverUrl);
  url.pathname = `/${benchDb}`;
  const server = await openPostgres(url.toString());
  try {
    await measure('Postgres', server);
  } finally {
    await server.close();
  }
  await admin.query(`DROP DATABASE ${benchDb}`);
} catch (error) {
  console.log(`Postgres  skipped: ${(error as Error).message}`);
} finally {
  await admin.end().catch(() => undefined);
}

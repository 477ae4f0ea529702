import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { ProductList, ProductListQuery } from '../contract.ts';
import type { SearchTerm } from '../search/search-terms.ts';
import { canCorrectMore, inForce, needsProducers, productQueryParts, searchTerms } from './product-filters.ts';
import { productSummaryColumns, toProductSummary, type ProductSummaryRow } from './product-summary-row.ts';

// Folded names (the stored name_key) and codes compare byte-wise (COLLATE "C"): the same order
// on PGlite and on a PostgreSQL server whatever its default collation. Every order ends in the
// public code, so it is total and paging never repeats or skips a product. Migrations 0020 and
// 0021 index each one.
const NAME = sql`p.name_key`;
const CODE = sql`p.code COLLATE "C"`;
const SORTS = {
  name: sql`${NAME}, ${CODE}`,
  stars: sql`p.stars DESC NULLS LAST, ${NAME}, ${CODE}`,
  expiry: sql`p.expiry_date NULLS LAST, ${CODE}`,
  newest: sql`p.created_at DESC, ${CODE}`,
};

interface Page {
  query: ProductListQuery;
  today: string;
  from: SQL;
  limit: number;
  offset: number;
}

/**
 * The public catalogue: search, filters, sort and pagination. Orders (documented in README):
 * relevance without a search is a mark valid today first, then stars, name and code; with a
 * search, the ranking tiers of {@link productQueryParts}, then name and code; the other sorts
 * as in SORTS. A search whose words all exist but find nothing together is corrected word by
 * word and run again ("tang" for "trang" is itself a word).
 */
export async function listProducts(db: Queryable, query: ProductListQuery, today: string): Promise<ProductList> {
  const pageSize = query.pageSize ?? 24;
  const page: Page = {
    query, today, limit: pageSize, offset: ((query.page ?? 1) - 1) * pageSize,
    from: needsProducers(query) ? sql`products p JOIN producers pr ON pr.id = p.producer_id` : sql`products p`,
  };
  const terms = await searchTerms(db, query);
  if (!terms.length) return listByIndex(db, page);
  const found = await searchPage(db, page, terms);
  if (found.total > 0 || !canCorrectMore(terms)) return found;
  return searchPage(db, page, await searchTerms(db, query, true));
}

/** A search: the matches are few next to the catalogue, so they are ranked and counted in one pass (window count). */
async function searchPage(db: Queryable, { query, today, from, limit, offset }: Page, terms: SearchTerm[]): Promise<ProductList> {
  const { where, rank } = productQueryParts(query, today, terms);
  const order = query.sort && query.sort !== 'relevance' ? SORTS[query.sort] : sql`${rank}, ${NAME}, ${CODE}`;
  const found = await rows<ProductSummaryRow & { total: number }>(db, sql`
    WITH page AS (
      SELECT p.id, count(*) OVER ()::int AS total FROM ${from} WHERE ${where}
      ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
    )
    SELECT ${productSummaryColumns(today)}, page.total
    FROM page JOIN products p ON p.id = page.id JOIN producers pr ON pr.id = p.producer_id
    ORDER BY ${order}`);
  // Past the last page the window has no row to carry the count: count on its own then.
  const total = found[0]?.total ?? (offset > 0 ? await countProducts(db, from, where) : 0);
  return { items: found.map(toProductSummary), total };
}

/**
 * Filters alone can hold most of the catalogue ("category=I"): the page is read in the order of
 * an index (migration 0020) and stops after the page, and the count is a separate index-only
 * count in the same statement. Relevance puts marks valid today first, which depends on the
 * day: the valid and the other products are each read in the stars index's order, then merged.
 */
async function listByIndex(db: Queryable, { query, today, from, limit, offset }: Page): Promise<ProductList> {
  const { where } = productQueryParts(query, today);
  const sort = query.sort ?? 'relevance';
  const inOrder = (condition: SQL, order: SQL) => sql`
    SELECT p.id, ${inForce(today)} AS in_force, p.stars, p.name_key, p.code, p.expiry_date, p.created_at
    FROM ${from} WHERE ${where} AND ${condition} ORDER BY ${order} LIMIT ${limit + offset}`;
  const valid = sql`NOT p.revoked AND p.expiry_date >= ${today}::date`;
  // A status filter settles which side a product is on; the planner cannot see that the other
  // side is empty and would walk the whole stars index to find so (70 ms at 100k products).
  const candidates =
    sort !== 'relevance'
      ? inOrder(sql`true`, SORTS[sort])
      : query.status
        ? inOrder(sql`true`, SORTS.stars)
        : sql`(${inOrder(valid, SORTS.stars)}) UNION ALL (${inOrder(sql`NOT ${inForce(today)}`, SORTS.stars)})`;
  const order = sort === 'relevance' ? sql`${inForce(today)} DESC, ${SORTS.stars}` : SORTS[sort];
  const found = await rows<ProductSummaryRow & { total: number }>(db, sql`
    WITH candidates AS (${candidates}),
    page AS (
      SELECT c.id FROM candidates c
      ORDER BY ${sql.raw(sort === 'relevance' ? 'c.in_force DESC, ' : '')}${pageOrder(sort)} LIMIT ${limit} OFFSET ${offset}
    )
    SELECT ${productSummaryColumns(today)}, (SELECT count(*)::int FROM ${from} WHERE ${where}) AS total
    FROM page JOIN products p ON p.id = page.id JOIN producers pr ON pr.id = p.producer_id
    ORDER BY ${order}`);
  const total = found[0]?.total ?? (await countProducts(db, from, where));
  return { items: found.map(toProductSummary), total };
}

/** The SORTS orders over the candidates' columns. */
function pageOrder(sort: keyof typeof SORTS | 'relevance'): SQL {
  const name = sql`c.name_key`;
  const code = sql`c.code COLLATE "C"`;
  switch (sort) {
    case 'name':
      return sql`${name}, ${code}`;
    case 'expiry':
      return sql`c.expiry_date NULLS LAST, ${code}`;
    case 'newest':
      return sql`c.created_at DESC, ${code}`;
    default:
      return sql`c.stars DESC NULLS LAST, ${name}, ${code}`;
  }
}

async function countProducts(db: Queryable, from: SQL, where: SQL): Promise<number> {
  const [count] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`);
  return count?.total ?? 0;
}

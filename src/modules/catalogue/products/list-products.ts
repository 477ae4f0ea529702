import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { ProductList, ProductListQuery } from '../contract.ts';
import { inForce, productQueryParts, searchMode } from './product-filters.ts';
import { productSummaryColumns, toProductSummary, type ProductSummaryRow } from './product-summary-row.ts';

const SORTS = {
  name: sql`p.name_vi, p.id`,
  stars: sql`p.stars DESC NULLS LAST, p.name_vi, p.id`,
  expiry: sql`p.expiry_date NULLS LAST, p.id`,
  newest: sql`p.created_at DESC, p.id`,
};

/** The public catalogue: search, filters, sort and pagination. */
export async function listProducts(db: Queryable, query: ProductListQuery, today: string): Promise<ProductList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 24;
  const { where, rank } = productQueryParts(query, today, await searchMode(db, query, today));
  const sort = query.sort ?? 'relevance';
  const order =
    sort === 'relevance'
      ? (rank ?? sql`${inForce(today)} DESC, p.stars DESC NULLS LAST, p.name_vi`)
      : SORTS[sort];
  const [items, [count]] = await Promise.all([
    rows<ProductSummaryRow>(db, sql`
      SELECT ${productSummaryColumns(today)}
      FROM products p JOIN producers pr ON pr.id = p.producer_id
      WHERE ${where}
      ORDER BY ${order}, p.id
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    rows<{ total: number }>(db, sql`
      SELECT count(*)::int AS total FROM products p JOIN producers pr ON pr.id = p.producer_id WHERE ${where}`),
  ]);
  return { items: items.map(toProductSummary), total: count?.total ?? 0 };
}

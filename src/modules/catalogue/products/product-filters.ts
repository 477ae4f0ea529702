import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { ProductListQuery } from '../contract.ts';
import { resolveSearch, searchTokens, termsQuery, type SearchTerm } from '../search/search-terms.ts';

/** The status of the product's current certificate on `today`, as ranges on indexed columns. */
export function statusCondition(status: string, today: string): SQL {
  switch (status) {
    case 'valid':
      return sql`(NOT p.revoked AND p.expiry_date > ${today}::date + 90)`;
    case 'expiring':
      return sql`(NOT p.revoked AND p.expiry_date BETWEEN ${today}::date AND ${today}::date + 90)`;
    case 'expired':
      return sql`(NOT p.revoked AND p.expiry_date < ${today}::date)`;
    case 'revoked':
      return sql`p.revoked`;
    default:
      return sql`p.expiry_date IS NULL`;
  }
}

export interface ProductQueryParts {
  where: SQL;
  /** Ranking expressions for ORDER BY when a search text is given. */
  rank: SQL | null;
}

/** Valid today; false (not NULL) for a product never rated, so it sorts after rated ones. */
export const inForce = (today: string) => sql`coalesce(NOT p.revoked AND p.expiry_date >= ${today}::date, false)`;

const matches = (query: string) => sql`p.search_vector @@ ${query}::tsquery`;

/**
 * WHERE clause of a catalogue query over `products p JOIN producers pr`, and the ranking of a
 * search (`terms` resolved by {@link resolveSearch}): every word in a name first (a whole last
 * word before a prefix of it), then every word in a name or the origin (a province named in the
 * query boosts its products), then the rest (words found in the descriptions); within each, a
 * mark valid today first, then more stars.
 */
export function productQueryParts(query: ProductListQuery, today: string, terms: readonly SearchTerm[] = []): ProductQueryParts {
  const conditions: SQL[] = [];
  let rank: SQL | null = null;
  if (terms.length) {
    conditions.push(matches(termsQuery(terms)));
    const tiers = [...new Set([termsQuery(terms, 'A', true), termsQuery(terms, 'A'), termsQuery(terms, 'AB')])];
    rank = sql`${sql.join(tiers.map((tier) => sql`${matches(tier)} DESC`), sql`, `)}, ${inForce(today)} DESC, p.stars DESC NULLS LAST`;
  }
  // The category and everything under it ("I" holds "I.4.a") as one range of the pattern index,
  // which counts a broad category from the index alone: codes are "I" or "I.4" or "I.4.a" (a
  // CHECK constraint), so nothing but them sorts between "I" and "I/" ("/" follows ".").
  if (query.category) conditions.push(sql`(p.category_code ~>=~ ${query.category} AND p.category_code ~<~ ${`${query.category}/`})`);
  if (query.stars) conditions.push(sql`p.stars = ${query.stars}`);
  if (query.status) conditions.push(statusCondition(query.status, today));
  if (query.region) conditions.push(sql`pr.region = ${query.region}`);
  if (query.country) conditions.push(sql`pr.country = ${query.country}`);
  if (query.province) conditions.push(sql`ocop_fold(pr.province) = ocop_fold(${query.province})`);
  if (query.craftVillage) conditions.push(sql`pr.craft_village_id = ${query.craftVillage}`);
  if (query.producer) conditions.push(sql`p.producer_id = ${query.producer}`);
  return { where: conditions.length ? sql.join(conditions, sql` AND `) : sql`true`, rank };
}

/** Whether a filter is about the producer: only then is `producers pr` joined into the filter. */
export function needsProducers(query: ProductListQuery): boolean {
  return Boolean(query.region || query.country || query.province || query.craftVillage);
}

/** The query's words resolved against the vocabulary (none without a search text). */
export async function searchTerms(db: Queryable, query: ProductListQuery, correctAll = false): Promise<SearchTerm[]> {
  const tokens = searchTokens(query.q);
  return tokens.length ? resolveSearch(db, tokens, correctAll) : [];
}

/** Whether correcting every word could find more: some word was taken as typed. */
export const canCorrectMore = (terms: readonly SearchTerm[]) => terms.some((term) => !term.corrected);

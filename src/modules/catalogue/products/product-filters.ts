import { sql, type SQL } from 'drizzle-orm';
import { textKey } from '../../../shared/text/text-key.ts';
import type { ProductListQuery } from '../contract.ts';

/** Search words: folded (no accents, đ → d, lower case), punctuation dropped, so only [a-z0-9]. */
export function searchTokens(q: string | undefined): string[] {
  return q ? textKey(q).split(' ').filter(Boolean).slice(0, 8) : [];
}

const allContain = (column: SQL, tokens: string[]) => sql.join(tokens.map((t) => sql`${column} LIKE ${`%${t}%`}`), sql` AND `);
const allWholeWords = (column: SQL, tokens: string[]) => sql.join(tokens.map((t) => sql`${column} ~ ${`\\m${t}\\M`}`), sql` AND `);

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

/**
 * WHERE clause of a catalogue query over `products p JOIN producers pr`. A search matches a
 * product whose name holds every word, or is close to the words (typos), or whose description
 * holds every word. Ranking: whole words in the name, then name containing the words, then
 * typo-close names, then description matches; within each, a mark valid today first.
 */
export function productQueryParts(query: ProductListQuery, today: string): ProductQueryParts {
  const conditions: SQL[] = [];
  let rank: SQL | null = null;
  const tokens = searchTokens(query.q);
  if (tokens.length) {
    const phrase = tokens.join(' ');
    const name = sql`p.search_name`;
    const description = sql`p.search_description`;
    conditions.push(sql`((${allContain(name, tokens)}) OR ${phrase} <% p.search_name OR (${allContain(description, tokens)}))`);
    rank = sql`CASE
        WHEN ${allWholeWords(name, tokens)} THEN 0
        WHEN ${allContain(name, tokens)} THEN 1
        WHEN ${phrase} <% p.search_name THEN 2
        ELSE 3 END,
      (NOT p.revoked AND p.expiry_date >= ${today}::date) DESC,
      word_similarity(${phrase}, p.search_name) DESC`;
  }
  if (query.category) conditions.push(sql`(p.category_code = ${query.category} OR p.category_code LIKE ${`${query.category}.%`})`);
  if (query.stars) conditions.push(sql`p.stars = ${query.stars}`);
  if (query.status) conditions.push(statusCondition(query.status, today));
  if (query.region) conditions.push(sql`pr.region = ${query.region}`);
  if (query.country) conditions.push(sql`pr.country = ${query.country}`);
  if (query.province) conditions.push(sql`ocop_fold(pr.province) = ocop_fold(${query.province})`);
  if (query.craftVillage) conditions.push(sql`pr.craft_village_id = ${query.craftVillage}`);
  if (query.producer) conditions.push(sql`p.producer_id = ${query.producer}`);
  return { where: conditions.length ? sql.join(conditions, sql` AND `) : sql`true`, rank };
}

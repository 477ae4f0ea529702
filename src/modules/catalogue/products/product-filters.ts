import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { textKey } from '../../../shared/text/text-key.ts';
import type { ProductListQuery } from '../contract.ts';

/** Search words: folded (no accents, đ → d, lower case), punctuation dropped, so only [a-z0-9]. */
export function searchTokens(q: string | undefined): string[] {
  return q ? textKey(q).split(' ').filter(Boolean).slice(0, 8) : [];
}

/**
 * How a search matches: `words` finds every word (the last one as a prefix, for type-ahead) in
 * the names or descriptions through the full-text index; `typos` finds names close to the words
 * through the trigram index, used when no product has all the words. The words that do occur
 * somewhere (`known`) still narrow a typo search through the full-text index (a product must
 * have one of them), which keeps the costly similarity check to fewer candidates.
 */
export type SearchMode = { kind: 'words' } | { kind: 'typos'; known: string[] };

const WORDS: SearchMode = { kind: 'words' };

/** A tsquery over the folded words, e.g. `gom:A & bat:A & trang:*A` (restricted to the names with `A`). */
function wordsQuery(tokens: string[], weight = ''): string {
  return tokens
    .map((token, i) => (i === tokens.length - 1 && token.length >= 2 ? `${token}:*${weight}` : weight ? `${token}:${weight}` : token))
    .join(' & ');
}

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

/**
 * WHERE clause of a catalogue query over `products p JOIN producers pr`. Ranking of a search:
 * all words in the name before words found in the description, then typo-close names; within
 * each, a mark valid today first, then more stars.
 */
export function productQueryParts(query: ProductListQuery, today: string, mode: SearchMode = WORDS): ProductQueryParts {
  const conditions: SQL[] = [];
  let rank: SQL | null = null;
  const tokens = searchTokens(query.q);
  if (tokens.length && mode.kind === 'words') {
    conditions.push(sql`p.search_vector @@ to_tsquery('simple', ${wordsQuery(tokens)})`);
    rank = sql`(p.search_vector @@ to_tsquery('simple', ${wordsQuery(tokens, 'A')})) DESC, ${inForce(today)} DESC, p.stars DESC NULLS LAST`;
  } else if (tokens.length && mode.kind === 'typos') {
    const phrase = tokens.join(' ');
    // Any one known word narrows; requiring all would lose the product whose misspelt word
    // happens to be another real word ("trang" typed "tang").
    if (mode.known.length) conditions.push(sql`p.search_vector @@ to_tsquery('simple', ${mode.known.join(' | ')})`);
    conditions.push(sql`${phrase} <% p.search_name`);
    rank = sql`word_similarity(${phrase}, p.search_name) DESC, ${inForce(today)} DESC`;
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

/** Words when some product has them all, else typo-tolerant matching of the names. */
export async function searchMode(db: Queryable, query: ProductListQuery, today: string): Promise<SearchMode> {
  const tokens = searchTokens(query.q);
  if (!tokens.length) return WORDS;
  const { where } = productQueryParts(query, today, WORDS);
  const [found] = await rows<{ found: boolean }>(db, sql`
    SELECT EXISTS (SELECT 1 FROM products p JOIN producers pr ON pr.id = p.producer_id WHERE ${where}) AS found`);
  if (found?.found) return WORDS;
  const known: string[] = [];
  for (const token of tokens) {
    const [exists] = await rows<{ found: boolean }>(db, sql`
      SELECT EXISTS (SELECT 1 FROM products p WHERE p.search_vector @@ to_tsquery('simple', ${token})) AS found`);
    if (exists?.found) known.push(token);
  }
  return { kind: 'typos', known };
}

/**
 * English words a shopper uses for the same kind of product, where the catalogue's English texts
 * use another: "pottery" finds the ceramic fortune jar and the porcelain dinner set. Stemming
 * covers plural and other word forms ("ceramics", "potteries"); only true near-synonyms go here,
 * since each one widens every query that names a word of its group.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['pottery', 'ceramic', 'ceramics', 'porcelain', 'stoneware', 'earthenware'],
  ['liquor', 'spirit', 'spirits', 'wine'],
  ['sweets', 'candy', 'confectionery'],
];

const BY_WORD = new Map<string, readonly string[]>(GROUPS.flatMap((group) => group.map((word) => [word, group] as const)));

/** The other words of the token's group (none for most tokens). */
export function synonymsOf(token: string): string[] {
  return (BY_WORD.get(token) ?? []).filter((word) => word !== token);
}

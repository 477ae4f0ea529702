import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { ProducerList, ProducerListQuery, ProducerSummary } from '../contract.ts';
import { searchTokens } from '../search/search-terms.ts';

export const producerSummaryColumns = (today: string) => sql`
  pr.id, pr.name, pr.type, pr.province, pr.region, pr.country, pr.address, pr.commune, pr.legacy_district,
  v.id AS village_id, v.name_vi AS village_name_vi, v.name_en AS village_name_en,
  (SELECT count(*)::int FROM products p WHERE p.producer_id = pr.id) AS product_count,
  (SELECT count(*)::int FROM products p WHERE p.producer_id = pr.id AND NOT p.revoked AND p.expiry_date >= ${today}::date) AS valid_product_count`;

export interface ProducerSummaryRow {
  id: string;
  name: string;
  type: ProducerSummary['type'];
  province: string;
  region: ProducerSummary['region'];
  country: string;
  address: string;
  commune: string | null;
  legacy_district: string | null;
  village_id: string | null;
  village_name_vi: string | null;
  village_name_en: string | null;
  product_count: number;
  valid_product_count: number;
}

export function toProducerSummary(row: ProducerSummaryRow): ProducerSummary {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    province: row.province,
    region: row.region,
    country: row.country,
    address: row.address,
    commune: row.commune,
    legacyDistrict: row.legacy_district,
    craftVillage: row.village_id ? { id: row.village_id, name: { vi: row.village_name_vi ?? '', en: row.village_name_en ?? '' } } : null,
    productCount: row.product_count,
    validProductCount: row.valid_product_count,
  };
}

/** Producers, searched by name and place (accents and typos forgiven), filtered and paginated. */
export async function listProducers(db: Queryable, query: ProducerListQuery, today: string): Promise<ProducerList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 24;
  const conditions: SQL[] = [];
  const tokens = searchTokens(query.q);
  const phrase = tokens.join(' ');
  if (tokens.length) {
    const all = sql.join(tokens.map((t) => sql`pr.search_text LIKE ${`%${t}%`}`), sql` AND `);
    conditions.push(sql`((${all}) OR ${phrase} <% pr.search_text)`);
  }
  if (query.type) conditions.push(sql`pr.type = ${query.type}`);
  if (query.region) conditions.push(sql`pr.region = ${query.region}`);
  if (query.country) conditions.push(sql`pr.country = ${query.country}`);
  if (query.province) conditions.push(sql`ocop_fold(pr.province) = ocop_fold(${query.province})`);
  if (query.craftVillage) conditions.push(sql`pr.craft_village_id = ${query.craftVillage}`);
  const where = conditions.length ? sql.join(conditions, sql` AND `) : sql`true`;
  const order = tokens.length ? sql`word_similarity(${phrase}, pr.search_text) DESC, pr.name` : sql`pr.name`;
  const [items, [count]] = await Promise.all([
    rows<ProducerSummaryRow>(db, sql`
      SELECT ${producerSummaryColumns(today)}
      FROM producers pr LEFT JOIN craft_villages v ON v.id = pr.craft_village_id
      WHERE ${where} ORDER BY ${order}, pr.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM producers pr WHERE ${where}`),
  ]);
  return { items: items.map(toProducerSummary), total: count?.total ?? 0 };
}

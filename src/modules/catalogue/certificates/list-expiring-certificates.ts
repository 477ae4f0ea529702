import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { ExpiringList, ExpiringQuery } from '../contract.ts';
import { certificateColumns, toCertificate, type CertificateRow } from './certificate-row.ts';

/**
 * Current certificates that expire within the window (soonest first), for organizers to call
 * producers in for re-rating; optionally also those that expired within the same number of days.
 */
export async function listExpiringCertificates(db: Queryable, query: ExpiringQuery, today: string): Promise<ExpiringList> {
  const within = query.withinDays ?? 90;
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const from = query.includeExpired ? sql`${today}::date - ${within}::int` : sql`${today}::date`;
  const where = sql`c.revoked_on IS NULL AND c.id = p.current_certificate_id AND c.expiry_date BETWEEN ${from} AND ${today}::date + ${within}::int`;
  const [items, [count]] = await Promise.all([
    rows<CertificateRow & { product_id: string; code: string; name_vi: string; name_en: string; producer_id: string; producer_name: string }>(db, sql`
      SELECT ${certificateColumns(today)}, p.id AS product_id, p.code, p.name_vi, p.name_en, pr.id AS producer_id, pr.name AS producer_name
      FROM certificates c JOIN products p ON p.id = c.product_id JOIN producers pr ON pr.id = p.producer_id
      WHERE ${where} ORDER BY c.expiry_date, p.name_vi, c.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM certificates c JOIN products p ON p.id = c.product_id WHERE ${where}`),
  ]);
  return {
    items: items.map((row) => ({
      certificate: toCertificate(row),
      product: { id: row.product_id, code: row.code, name: { vi: row.name_vi, en: row.name_en } },
      producer: { id: row.producer_id, name: row.producer_name },
    })),
    total: count?.total ?? 0,
  };
}

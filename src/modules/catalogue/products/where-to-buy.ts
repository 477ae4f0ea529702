import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { PUBLIC_POINT_STATUSES } from '../../outlets/domain/point-status.ts';
import type { WhereToBuy } from '../contract.ts';
import { productNotFound } from './get-product.ts';

/**
 * Where a shopper can buy the product today: the stalls of running fairs whose exhibitor listed
 * it in the application and holds a confirmed stall on that day, and the open points of sale with
 * it in stock (quantity above zero). Read from the fairs' and the outlets' tables, never written.
 */
export async function whereToBuy(db: Queryable, productId: string, today: string): Promise<WhereToBuy> {
  const [product] = await rows<{ id: string }>(db, sql`SELECT id FROM products WHERE id = ${productId}`);
  if (!product) throw productNotFound();
  const stalls = await rows<{ slug: string; name_vi: string; name_en: string; starts_on: string; ends_on: string; code: string }>(db, sql`
    SELECT DISTINCT f.slug, f.name_vi, f.name_en, f.starts_on::text AS starts_on, f.ends_on::text AS ends_on, s.code
    FROM fair_application_products ap
      JOIN fair_applications a ON a.id = ap.application_id AND a.status = 'approved'
      JOIN fairs f ON f.id = a.fair_id AND f.status = 'running'
      JOIN stall_assignments sa ON sa.application_id = a.id AND sa.status = 'confirmed' AND sa.days @> ${today}::date
      JOIN stalls s ON s.id = sa.stall_id
    WHERE ap.product_id = ${productId}
    ORDER BY f.ends_on::text, f.slug, s.code`);
  const points = await rows<{ slug: string; name_vi: string; name_en: string; address: string; commune: string; latitude: number; longitude: number }>(db, sql`
    SELECT o.slug, o.name_vi, o.name_en, o.address, o.commune, o.latitude, o.longitude
    FROM outlet_stock_items si JOIN outlet_points o ON o.id = si.point_id
    WHERE si.product_id = ${productId} AND si.quantity > 0
      AND o.status IN (${sql.join(PUBLIC_POINT_STATUSES.map((status) => sql`${status}`), sql`, `)})
    ORDER BY ocop_fold(o.name_vi) COLLATE "C", o.slug COLLATE "C"`);
  return {
    fairs: stalls.map((s) => ({
      fair: { slug: s.slug, name: { vi: s.name_vi, en: s.name_en }, startsOn: s.starts_on, endsOn: s.ends_on },
      stall: { code: s.code },
      link: `/fairs/${s.slug}/stalls/${encodeURIComponent(s.code)}`,
    })),
    pointsOfSale: points.map((p) => ({
      slug: p.slug, name: { vi: p.name_vi, en: p.name_en }, address: p.address, commune: p.commune,
      latitude: p.latitude, longitude: p.longitude, link: `/points-of-sale/${p.slug}`,
    })),
  };
}

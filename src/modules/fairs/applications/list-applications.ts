import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { Application, ApplicationList, ApplicationListQuery } from '../contract.ts';

interface Row {
  id: string; fair_id: string; producer_id: string; producer_name: string; producer_type: string; region: string | null;
  country: string; province: string; stall_count: number; preferred_zone: string | null; needs_power: boolean;
  needs_water: boolean; note: string; status: Application['status']; decision_reason: string | null; created_at: string;
  products: { id: string; name: { vi: string; en: string }; categoryCode: string; stars: number | null }[];
  stalls: { assignmentId: string; id: string; code: string; zone: string; status: string; holdExpiresAt: string | null }[] | null;
}

/** A fair's applications with their products and stalls; `producerId` narrows to one producer's. */
export async function listApplications(db: Queryable, fairId: string, query: ApplicationListQuery & { producerId?: string }): Promise<ApplicationList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const conditions: SQL[] = [sql`a.fair_id = ${fairId}`];
  if (query.status) conditions.push(sql`a.status = ${query.status}`);
  if (query.producerId) conditions.push(sql`a.producer_id = ${query.producerId}`);
  const where = sql.join(conditions, sql` AND `);
  const [items, [count]] = await Promise.all([
    rows<Row>(db, sql`
      SELECT a.id, a.fair_id, a.producer_id, pr.name AS producer_name, pr.type AS producer_type, pr.region, pr.country, pr.province,
        a.stall_count, a.preferred_zone, a.needs_power, a.needs_water, a.note, a.status, a.decision_reason,
        to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
        (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', json_build_object('vi', p.name_vi, 'en', p.name_en),
                 'categoryCode', p.category_code, 'stars', p.stars) ORDER BY p.name_vi), '[]'::json)
           FROM fair_application_products ap JOIN products p ON p.id = ap.product_id WHERE ap.application_id = a.id) AS products,
        (SELECT json_agg(json_build_object('assignmentId', sa.id, 'id', s.id, 'code', s.code, 'zone', s.zone, 'status', sa.status,
                 'holdExpiresAt', to_char(sa.hold_expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) ORDER BY s.code)
           FROM stall_assignments sa JOIN stalls s ON s.id = sa.stall_id WHERE sa.application_id = a.id) AS stalls
      FROM fair_applications a JOIN producers pr ON pr.id = a.producer_id
      WHERE ${where} ORDER BY a.created_at, a.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM fair_applications a WHERE ${where}`),
  ]);
  return {
    items: items.map((r) => ({
      id: r.id,
      fairId: r.fair_id,
      producer: { id: r.producer_id, name: r.producer_name, type: r.producer_type, region: r.region, country: r.country, province: r.province },
      stallCount: r.stall_count,
      preferredZone: r.preferred_zone,
      needsPower: r.needs_power,
      needsWater: r.needs_water,
      note: r.note,
      status: r.status,
      decisionReason: r.decision_reason,
      products: r.products,
      stalls: r.stalls ?? [],
      createdAt: r.created_at,
    })),
    total: count?.total ?? 0,
  };
}

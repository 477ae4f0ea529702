import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { FairFigures } from '../contract.ts';

/** Stalls an exhibitor can have: in use, and not the stage or a service area. */
export const EXHIBITOR_STALL = sql`NOT s.blocked AND s.zone NOT IN ('stage', 'service')`;

export const NO_FIGURES: FairFigures = { stalls: 0, occupiedStalls: 0, exhibitors: 0, salesVnd: 0, units: 0, visitors: 0 };

/**
 * The figures of fairs, from one query: every page that shows a stall count, sales, units or
 * visitors (the fairs list, a fair's page, the stall labels, the dashboard, the closing report)
 * takes them from here, so they cannot disagree.
 * - stalls: exhibitor stalls (EXHIBITOR_STALL); occupiedStalls: those held or confirmed;
 * - exhibitors: applications with a confirmed stall;
 * - salesVnd, units: the exhibitors' daily reports (units from the per-product lines);
 * - visitors: the daily visitor counts.
 */
export async function fairFigures(db: Queryable, fairIds: readonly string[]): Promise<Map<string, FairFigures>> {
  const out = new Map<string, FairFigures>();
  if (fairIds.length === 0) return out;
  const ids = sql.join(fairIds.map((id) => sql`${id}::uuid`), sql`, `);
  const result = await rows<{ fair_id: string; stalls: number; occupied: number; exhibitors: number; sales_vnd: string; units: string; visitors: string }>(db, sql`
    SELECT f.id AS fair_id,
      (SELECT count(*)::int FROM stalls s WHERE s.fair_id = f.id AND ${EXHIBITOR_STALL}) AS stalls,
      (SELECT count(DISTINCT s.id)::int FROM stalls s JOIN stall_assignments sa ON sa.stall_id = s.id WHERE s.fair_id = f.id AND ${EXHIBITOR_STALL}) AS occupied,
      (SELECT count(DISTINCT sa.application_id)::int FROM stall_assignments sa WHERE sa.fair_id = f.id AND sa.status = 'confirmed') AS exhibitors,
      (SELECT coalesce(sum(r.sales_vnd), 0)::text FROM fair_daily_reports r WHERE r.fair_id = f.id) AS sales_vnd,
      (SELECT coalesce(sum(ps.units), 0)::text FROM fair_daily_product_sales ps JOIN fair_daily_reports r ON r.id = ps.report_id WHERE r.fair_id = f.id) AS units,
      (SELECT coalesce(sum(v.visitors), 0)::text FROM fair_visitor_counts v WHERE v.fair_id = f.id) AS visitors
    FROM fairs f WHERE f.id IN (${ids})`);
  for (const r of result) {
    out.set(r.fair_id, { stalls: r.stalls, occupiedStalls: r.occupied, exhibitors: r.exhibitors, salesVnd: Number(r.sales_vnd), units: Number(r.units), visitors: Number(r.visitors) });
  }
  return out;
}

import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { CATEGORY_GROUPS } from '../../catalogue/domain/categories.ts';
import { CULTURAL_REGIONS } from '../../catalogue/domain/cultural-regions.ts';
import { countryName } from '../../catalogue/domain/countries.ts';
import type { FairDashboard } from '../contract.ts';
import { ZONE_LABELS, type Zone } from '../zones.ts';
import { fairFigures, NO_FIGURES } from './fair-figures.ts';

type TotalRow = { key: string; sales_vnd: string; units: string; label_vi?: string };

const toTotals = (result: TotalRow[], label: (key: string, row: TotalRow) => { vi: string; en: string }) =>
  result.map((r) => ({ key: r.key, label: label(r.key, r), salesVnd: Number(r.sales_vnd), units: Number(r.units) }));

/** Sales and visitors of a fair by day, zone, region, product group and producer. */
export async function fairDashboard(db: Queryable, fair: { id: string; startsOn: string; endsOn: string }): Promise<FairDashboard> {
  const days = await rows<{ day: string; sales_vnd: string; visitors: number | null; checked_in: number }>(db, sql`
    SELECT d::date::text AS day,
      coalesce((SELECT sum(r.sales_vnd) FROM fair_daily_reports r WHERE r.fair_id = ${fair.id} AND r.day = d::date), 0)::text AS sales_vnd,
      (SELECT v.visitors FROM fair_visitor_counts v WHERE v.fair_id = ${fair.id} AND v.day = d::date) AS visitors,
      (SELECT count(*)::int FROM fair_daily_reports r WHERE r.fair_id = ${fair.id} AND r.day = d::date AND r.checked_in_at IS NOT NULL) AS checked_in
    FROM generate_series(${fair.startsOn}::date, ${fair.endsOn}::date, interval '1 day') d ORDER BY d`);
  const units = sql`coalesce((SELECT sum(ps.units) FROM fair_daily_product_sales ps WHERE ps.report_id = r.id), 0)`;
  const byZone = await rows<TotalRow>(db, sql`
    SELECT coalesce((SELECT s.zone FROM stall_assignments sa JOIN stalls s ON s.id = sa.stall_id WHERE sa.application_id = r.application_id ORDER BY s.code LIMIT 1), 'none') AS key,
      sum(coalesce(r.sales_vnd, 0))::text AS sales_vnd, sum(${units})::text AS units
    FROM fair_daily_reports r WHERE r.fair_id = ${fair.id} GROUP BY 1 ORDER BY 2::bigint DESC`);
  const byRegion = await rows<TotalRow>(db, sql`
    SELECT coalesce(pr.region, 'country:' || pr.country) AS key, sum(coalesce(r.sales_vnd, 0))::text AS sales_vnd, sum(${units})::text AS units
    FROM fair_daily_reports r JOIN fair_applications a ON a.id = r.application_id JOIN producers pr ON pr.id = a.producer_id
    WHERE r.fair_id = ${fair.id} GROUP BY 1 ORDER BY 2::bigint DESC`);
  const byGroup = await rows<TotalRow>(db, sql`
    SELECT split_part(p.category_code, '.', 1) AS key, sum(coalesce(ps.sales_vnd, 0))::text AS sales_vnd, sum(ps.units)::text AS units
    FROM fair_daily_product_sales ps JOIN fair_daily_reports r ON r.id = ps.report_id JOIN products p ON p.id = ps.product_id
    WHERE r.fair_id = ${fair.id} GROUP BY 1 ORDER BY 2::bigint DESC`);
  const byProducer = await rows<TotalRow>(db, sql`
    SELECT pr.id::text AS key, min(pr.name) AS label_vi, sum(coalesce(r.sales_vnd, 0))::text AS sales_vnd, sum(${units})::text AS units
    FROM fair_daily_reports r JOIN fair_applications a ON a.id = r.application_id JOIN producers pr ON pr.id = a.producer_id
    WHERE r.fair_id = ${fair.id} GROUP BY pr.id ORDER BY 3::bigint DESC`);
  const [counts] = await rows<{ received: number }>(db, sql`
    SELECT (SELECT count(*)::int FROM fair_daily_reports WHERE fair_id = ${fair.id} AND sales_vnd IS NOT NULL) AS received`);
  const figures = (await fairFigures(db, [fair.id])).get(fair.id) ?? NO_FIGURES;
  const exhibitors = figures.exhibitors;
  return {
    days: days.map((d) => ({ day: d.day, salesVnd: Number(d.sales_vnd), visitors: d.visitors, checkedIn: d.checked_in })),
    byZone: toTotals(byZone, (key) => ZONE_LABELS[key as Zone] ?? { vi: 'Chưa có gian', en: 'No stall' }),
    byRegion: toTotals(byRegion, (key) =>
      key.startsWith('country:')
        ? (countryName(key.slice(8)) ?? { vi: key.slice(8), en: key.slice(8) })
        : (CULTURAL_REGIONS.find((r) => r.code === key)?.name ?? { vi: key, en: key })),
    byGroup: toTotals(byGroup, (key) => {
      const group = CATEGORY_GROUPS.find((g) => g.code === key);
      return group ? { vi: group.name.vi, en: group.name.en } : { vi: key, en: key };
    }),
    byProducer: toTotals(byProducer, (_key, row) => ({ vi: row.label_vi ?? '', en: row.label_vi ?? '' })),
    totals: {
      salesVnd: figures.salesVnd,
      visitors: figures.visitors,
      exhibitors,
      reportsExpected: exhibitors * days.length,
      reportsReceived: counts?.received ?? 0,
    },
    figures,
  };
}

import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { products } from '../../catalogue/tables.ts';
import type { PointSales, SalesDashboard } from '../contract.ts';
import { outletPoints, outletSalesLines, outletSalesReports, outletStockItems } from '../tables.ts';
import { SELLING_POINT_STATUSES } from '../domain/point-status.ts';
import { iso } from '../points/point-row.ts';
import { firstDay, latestDueMonth, monthOf, monthsBetween, shiftMonth } from './months.ts';

const lastTwelve = (today: string) => monthsBetween(shiftMonth(monthOf(today), -11), monthOf(today));
const lineName = sql<string>`coalesce(${products.nameVi}, ${outletStockItems.otherName})`;
const lineNameEn = sql<string>`coalesce(${products.nameEn}, ${outletStockItems.otherName})`;

/** A point's sales dashboard: the last twelve months and its best-selling products over them. */
export async function listPointSales(db: Queryable, pointId: string, today: string): Promise<PointSales> {
  const months = lastTwelve(today);
  const from = firstDay(months[0] ?? monthOf(today));
  const reports = await db.select().from(outletSalesReports).where(and(eq(outletSalesReports.pointId, pointId), gte(outletSalesReports.month, from)));
  const byMonth = new Map(reports.map((r) => [monthOf(r.month), r]));
  const top = await db.select({
    stockItemId: outletSalesLines.stockItemId, nameVi: lineName, nameEn: lineNameEn,
    units: sql<number>`sum(${outletSalesLines.units})::int`, salesVnd: sql<number>`sum(${outletSalesLines.salesVnd})::bigint`,
  }).from(outletSalesLines)
    .innerJoin(outletSalesReports, eq(outletSalesReports.id, outletSalesLines.reportId))
    .innerJoin(outletStockItems, eq(outletStockItems.id, outletSalesLines.stockItemId))
    .leftJoin(products, eq(products.id, outletStockItems.productId))
    .where(and(eq(outletSalesReports.pointId, pointId), gte(outletSalesReports.month, from)))
    .groupBy(outletSalesLines.stockItemId, products.nameVi, products.nameEn, outletStockItems.otherName)
    .orderBy(desc(sql`sum(${outletSalesLines.salesVnd})`), asc(outletSalesLines.stockItemId)).limit(10);
  return {
    months: months.map((month) => {
      const r = byMonth.get(month);
      return { month, reported: Boolean(r), totalVnd: r?.totalVnd ?? 0, totalUnits: r?.totalUnits ?? 0, source: r?.source ?? null, submittedAt: r ? iso(r.submittedAt) : null };
    }),
    latestDueMonth: latestDueMonth(today),
    topProducts: top.map((t) => ({ stockItemId: t.stockItemId, name: { vi: t.nameVi, en: t.nameEn }, units: Number(t.units), salesVnd: Number(t.salesVnd) })),
  };
}

/** One month's report of a point, line by line (for the form to start from). */
export async function getSalesReport(db: Queryable, pointId: string, month: string) {
  const [report] = await db.select().from(outletSalesReports).where(and(eq(outletSalesReports.pointId, pointId), eq(outletSalesReports.month, firstDay(month))));
  const lines = report ? await db.select({ stockItemId: outletSalesLines.stockItemId, nameVi: lineName, nameEn: lineNameEn, units: outletSalesLines.units, salesVnd: outletSalesLines.salesVnd })
    .from(outletSalesLines).innerJoin(outletStockItems, eq(outletStockItems.id, outletSalesLines.stockItemId)).leftJoin(products, eq(products.id, outletStockItems.productId))
    .where(eq(outletSalesLines.reportId, report.id)).orderBy(asc(lineName)) : [];
  return { month, reported: Boolean(report), lines: lines.map((l) => ({ stockItemId: l.stockItemId, name: { vi: l.nameVi, en: l.nameEn }, units: l.units, salesVnd: l.salesVnd })) };
}

/** Sales across the programme: each month's total over the last twelve, and each selling point's figures. */
export async function salesDashboard(db: Queryable, today: string): Promise<SalesDashboard> {
  const months = lastTwelve(today);
  const from = firstDay(months[0] ?? monthOf(today));
  const reports = await db.select({ pointId: outletSalesReports.pointId, month: outletSalesReports.month, totalVnd: outletSalesReports.totalVnd, totalUnits: outletSalesReports.totalUnits })
    .from(outletSalesReports).where(gte(outletSalesReports.month, from));
  const points = await db.select().from(outletPoints).where(inArray(outletPoints.status, [...SELLING_POINT_STATUSES, 'suspended'])).orderBy(asc(outletPoints.nameVi), asc(outletPoints.id));
  const lastMonth = shiftMonth(monthOf(today), -1);
  return {
    months: months.map((month) => {
      const of = reports.filter((r) => monthOf(r.month) === month);
      return { month, totalVnd: of.reduce((s, r) => s + r.totalVnd, 0), totalUnits: of.reduce((s, r) => s + r.totalUnits, 0), reportingPoints: of.length };
    }),
    points: points.map((p) => {
      const of = reports.filter((r) => r.pointId === p.id);
      const last = of.find((r) => monthOf(r.month) === lastMonth);
      return { pointId: p.id, slug: p.slug, name: { vi: p.nameVi, en: p.nameEn }, status: p.status, last12Vnd: of.reduce((s, r) => s + r.totalVnd, 0), lastMonthVnd: last?.totalVnd ?? null };
    }).sort((a, b) => b.last12Vnd - a.last12Vnd || a.slug.localeCompare(b.slug)),
  };
}

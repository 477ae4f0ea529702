import { asc, gte, inArray } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { EarlyWarnings } from '../contract.ts';
import { SELLING_POINT_STATUSES } from '../domain/point-status.ts';
import { firstDay, latestDueMonth, monthOf, shiftMonth } from '../sales/months.ts';
import { stockHealth } from '../stock/stock-health.ts';
import { outletPoints, outletSalesReports } from '../tables.ts';
import { warningReasons } from './early-warning-rules.ts';

/** Selling points that are failing, each with the reasons; points with no warning are left out. */
export async function listEarlyWarnings(db: Queryable, today: string): Promise<EarlyWarnings> {
  const points = await db.select().from(outletPoints).where(inArray(outletPoints.status, [...SELLING_POINT_STATUSES])).orderBy(asc(outletPoints.nameVi), asc(outletPoints.id));
  const due = latestDueMonth(today);
  const reports = points.length === 0 ? [] : await db.select({ pointId: outletSalesReports.pointId, month: outletSalesReports.month, totalVnd: outletSalesReports.totalVnd })
    .from(outletSalesReports).where(gte(outletSalesReports.month, firstDay(shiftMonth(due, -2))));
  const health = await stockHealth(db, points, today);
  const warned = points.map((p) => {
    const salesByMonth: Record<string, number> = {};
    for (const r of reports) if (r.pointId === p.id) salesByMonth[monthOf(r.month)] = r.totalVnd;
    const stock = health.get(p.id);
    const reasons = warningReasons({
      openedOn: p.openedOn, salesByMonth,
      ocopSharePercent: stock?.percent ?? null, minimumOcopSharePercent: stock?.minimumPercent ?? null, expiredProducts: stock?.expiredProducts ?? [],
    }, due);
    return { pointId: p.id, slug: p.slug, name: { vi: p.nameVi, en: p.nameEn }, status: p.status, commune: p.commune, reasons };
  });
  return { checkedOn: today, points: warned.filter((w) => w.reasons.length > 0) };
}

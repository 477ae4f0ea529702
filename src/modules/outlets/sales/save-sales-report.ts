import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db/database.ts';
import { badRequest } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { outletSalesLines, outletSalesReports, outletStockItems } from '../tables.ts';
import { firstDay, monthOf, type Month } from './months.ts';

export interface SalesLine { stockItemId: string; units: number; salesVnd: number }

/**
 * Writes a point's report for a month, replacing any earlier one (a correction is a new report).
 * Lines of the same stock item are added together. A future month is refused.
 */
export async function replaceSalesReport(tx: Tx, actor: Actor, pointId: string, month: Month, lines: readonly SalesLine[], source: 'form' | 'spreadsheet'): Promise<{ replaced: boolean }> {
  if (month > monthOf(clock.today())) throw badRequest('future_month', { vi: 'Chưa thể báo cáo doanh số của tháng chưa tới', en: 'Sales cannot be reported for a month still ahead' });
  const merged = new Map<string, SalesLine>();
  for (const line of lines) {
    const known = merged.get(line.stockItemId);
    merged.set(line.stockItemId, known ? { ...known, units: known.units + line.units, salesVnd: known.salesVnd + line.salesVnd } : { ...line });
  }
  const ids = [...merged.keys()];
  if (ids.length > 0) {
    const own = await tx.select({ id: outletStockItems.id }).from(outletStockItems).where(and(eq(outletStockItems.pointId, pointId), inArray(outletStockItems.id, ids)));
    if (own.length !== ids.length) {
      const known = new Set(own.map((o) => o.id));
      throw badRequest('unknown_stock_item', { vi: 'Có dòng doanh số không thuộc hàng hóa của điểm bán', en: 'A sales line is not one of the point\'s stock lines' }, { stockItemIds: ids.filter((id) => !known.has(id)) });
    }
  }
  const removed = await tx.delete(outletSalesReports).where(and(eq(outletSalesReports.pointId, pointId), eq(outletSalesReports.month, firstDay(month)))).returning({ id: outletSalesReports.id });
  const values = [...merged.values()];
  const [report] = await tx.insert(outletSalesReports).values({
    pointId, month: firstDay(month), source, submittedBy: actor.id, submittedAt: clock.now(),
    totalVnd: values.reduce((s, l) => s + l.salesVnd, 0), totalUnits: values.reduce((s, l) => s + l.units, 0),
  }).returning({ id: outletSalesReports.id });
  if (!report) throw new Error('insert returned no row');
  if (values.length > 0) await tx.insert(outletSalesLines).values(values.map((l) => ({ reportId: report.id, ...l })));
  await recordAudit(tx, actor, { action: 'outlet-sales.report', entity: 'outlet_point', entityId: pointId, changes: { month, source, lines: values.length, replaced: removed.length > 0 } });
  return { replaced: removed.length > 0 };
}

import { asc, eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../../server/db/database.ts';
import { checkImport, writeImport, type ImportFile, type ImportReport } from '../../../server/spreadsheet/run-import.ts';
import { importTemplate } from '../../../server/spreadsheet/template.ts';
import { textKey } from '../../../shared/text/text-key.ts';
import type { Actor } from '../../audit/actor.ts';
import { products } from '../../catalogue/tables.ts';
import { outletStockItems } from '../tables.ts';
import { monthOf, shiftMonth } from './months.ts';
import { monthlySalesImport } from './monthly-sales-import.ts';
import { replaceSalesReport } from './save-sales-report.ts';

async function stockNames(db: Queryable, pointId: string) {
  return db.select({ id: outletStockItems.id, code: products.code, nameVi: products.nameVi, nameEn: products.nameEn, otherName: outletStockItems.otherName })
    .from(outletStockItems).leftJoin(products, eq(products.id, outletStockItems.productId))
    .where(eq(outletStockItems.pointId, pointId)).orderBy(asc(outletStockItems.since), asc(outletStockItems.id));
}

export type SalesImportCounts = { months: number; lines: number; replacedMonths: number };

/**
 * A point's monthly sales from a spreadsheet: products matched by code or name against the
 * point's stock, every month in the file written as that month's report (replacing an earlier
 * one), all rows or none.
 */
export async function importMonthlySales(database: Database, actor: Actor, pointId: string, file: ImportFile, dryRun: boolean, today: string): Promise<ImportReport<SalesImportCounts>> {
  const stock = (await stockNames(database.db, pointId)).map((s) => ({
    id: s.id, keys: [s.code, s.nameVi, s.nameEn, s.otherName].filter((k): k is string => Boolean(k)).map(textKey),
  }));
  const checked = await checkImport(monthlySalesImport, file, { dryRun, options: { stock, currentMonth: monthOf(today) }, emptyCounts: () => ({ months: 0, lines: 0, replacedMonths: 0 }) });
  return writeImport(database, checked, async (tx, rows) => {
    const byMonth = new Map<string, typeof rows[number][]>();
    for (const row of rows) byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), row]);
    let replacedMonths = 0;
    for (const [month, lines] of [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if ((await replaceSalesReport(tx, actor, pointId, month, lines, 'spreadsheet')).replaced) replacedMonths += 1;
    }
    return { months: byMonth.size, lines: rows.length, replacedMonths };
  });
}

/** The template: one row per product on the point's shelves for last month, to fill in. */
export async function salesTemplate(db: Queryable, pointId: string, today: string, format: 'xlsx' | 'csv'): Promise<Buffer> {
  const month = shiftMonth(monthOf(today), -1);
  const label = `${month.slice(5, 7)}/${month.slice(0, 4)}`;
  const rows = (await stockNames(db, pointId)).map((s) => [label, s.code ?? s.otherName ?? '', 0, 0]);
  return importTemplate(monthlySalesImport.columns, format, rows.length > 0 ? rows : [[label, 'OCOP-0001', 10, 1_500_000]]);
}

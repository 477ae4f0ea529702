import type { Queryable } from '../../../server/db/database.ts';
import { toCsv, toXlsx } from '../../../server/spreadsheet/write-spreadsheet.ts';
import type { ProductListQuery } from '../contract.ts';
import { EXPORT_HEADERS, exportRows } from './export-rows.ts';

export type ExportFormat = 'xlsx' | 'csv';

/** The filtered catalogue as a file in the import template's columns, formula-safe (the engine's writers). */
export async function exportCatalogue(db: Queryable, filters: ProductListQuery, day: string, format: ExportFormat): Promise<Buffer> {
  const rows = await exportRows(db, filters, day);
  if (format === 'csv') return toCsv(EXPORT_HEADERS, rows);
  return toXlsx([
    {
      name: 'Sản phẩm OCOP',
      title: `Danh sách sản phẩm OCOP (xuất ngày ${day.split('-').reverse().join('/')})`,
      headers: EXPORT_HEADERS,
      rows,
      widths: [6, 36, 30, 36, 18, 40, 16],
    },
  ]);
}

import { textKey } from '../../../shared/text/text-key.ts';
import { cellText, type CellValue } from '../../../server/spreadsheet/cell-value.ts';
import { defineSpreadsheetImport } from '../../../server/spreadsheet/define-import.ts';
import { parseDateCell } from '../../../server/spreadsheet/parse-date.ts';
import { parsers, type ParseResult } from '../../../server/spreadsheet/parsers.ts';
import { monthOf, type Month } from './months.ts';

export interface SalesImportRow { rowNumber: number; month: Month; stockItemId: string; units: number; salesVnd: number }

export interface SalesImportOptions {
  /** The point's stock lines by every name a file may use: product code, Vietnamese and English name. */
  stock: { keys: string[]; id: string }[];
  /** The current month: later months are refused. */
  currentMonth: Month;
}

/** "03/2027", "3/2027", "2027-03", or any day of the month (a date cell, dd/MM/yyyy…). */
function parseMonth(cell: CellValue): ParseResult<Month> {
  const text = cellText(cell);
  const short = /^(\d{1,2})[/.-](\d{4})$/.exec(text) ?? (/^(\d{4})-(\d{2})$/.exec(text) ? [text, text.slice(5, 7), text.slice(0, 4)] : null);
  if (short) {
    const month = Number(short[1]);
    const year = Number(short[2]);
    if (month >= 1 && month <= 12 && year >= 1900 && year <= 2200) return { ok: true, value: `${year}-${String(month).padStart(2, '0')}` };
  }
  const day = parseDateCell(cell);
  return day ? { ok: true, value: monthOf(day) } : { ok: false, code: 'bad_month' };
}

/** Monthly sales of one point by product: one row per product and month, all rows or none. */
export const monthlySalesImport = defineSpreadsheetImport<SalesImportRow, 'month' | 'product' | 'units' | 'sales', SalesImportOptions>({
  id: 'outlets.monthly-sales',
  source: import.meta.url,
  columns: [
    { key: 'month', header: { vi: 'Tháng', en: 'Month' }, required: true, aliases: ['Tháng báo cáo', 'Kỳ báo cáo', 'Period'], parse: parseMonth },
    { key: 'product', header: { vi: 'Sản phẩm', en: 'Product' }, required: true, aliases: ['Mã sản phẩm', 'Tên sản phẩm', 'Product code', 'Product name', 'Mặt hàng'] },
    { key: 'units', header: { vi: 'Số lượng bán', en: 'Units sold' }, required: true, aliases: ['Số lượng', 'Units', 'SL'], parse: parsers.integer(0, 10_000_000) },
    { key: 'sales', header: { vi: 'Doanh thu (VNĐ)', en: 'Sales (VND)' }, required: true, aliases: ['Doanh thu', 'Doanh số', 'Thành tiền', 'Sales'], parse: parsers.integer(0, 1_000_000_000_000) },
  ],
  minHeaderMatches: 3,
  messages: {
    bad_month: (d) => ({ vi: `Tháng "${d.value}" không đọc được (ví dụ 03/2027).`, en: `Cannot read the month "${d.value}" (e.g. 03/2027).` }),
    future_month: (d) => ({ vi: `Tháng ${d.value} chưa tới.`, en: `The month ${d.value} is still ahead.` }),
    unknown_product: (d) => ({ vi: `Điểm bán không có sản phẩm "${d.value}" trên quầy.`, en: `The point does not stock "${d.value}".` }),
  },
  parseRow(row) {
    const month = row.value<Month>('month');
    const product = row.required('product');
    const units = row.value<number>('units');
    const salesVnd = row.value<number>('sales');
    if (month !== undefined && month > row.options.currentMonth) row.error('future_month', 'month', month);
    let stockItemId: string | undefined;
    if (product !== undefined) {
      const key = textKey(product);
      stockItemId = row.options.stock.find((s) => s.keys.includes(key))?.id;
      if (!stockItemId) row.error('unknown_product', 'product', product);
    }
    if (row.hasErrors || month === undefined || stockItemId === undefined || units === undefined || salesVnd === undefined) return undefined;
    return { rowNumber: row.rowNumber, month, stockItemId, units, salesVnd };
  },
  duplicate: { code: 'duplicate_row', column: 'product', key: (row) => `${row.text('month')}|${textKey(row.text('product'))}` },
});

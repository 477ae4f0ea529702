import ExcelJS from 'exceljs';
import type { SpreadsheetColumn } from './columns.ts';
import { toCsv, writeWorkbook, type ExportCell } from './write-spreadsheet.ts';

/**
 * An import's template, made from its column declarations: the headers (Vietnamese, as the
 * import reads them first) with example rows, and in the .xlsx a second sheet that lists every
 * column with its English name, whether it is required and the other headers it accepts.
 */
export async function importTemplate(
  columns: readonly SpreadsheetColumn[],
  format: 'xlsx' | 'csv',
  examples: readonly (readonly ExportCell[])[] = [],
): Promise<Buffer> {
  const headers = columns.map((c) => c.header.vi);
  if (format === 'csv') return toCsv(headers, examples);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Mẫu nhập', { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  for (const row of examples) sheet.addRow(row.map((cell) => cell ?? null));
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = Math.max(12, Math.min(40, column.header.vi.length + 4));
  });
  const guide = workbook.addWorksheet('Hướng dẫn - Guide');
  guide.addRow(['Cột', 'Column', 'Bắt buộc / Required', 'Tên khác được chấp nhận / Also accepted']).font = { bold: true };
  for (const column of columns) {
    guide.addRow([column.header.vi, column.header.en, column.required ? 'Có / Yes' : '', column.aliases.join('; ')]);
  }
  [28, 28, 20, 80].forEach((width, index) => {
    guide.getColumn(index + 1).width = width;
  });
  return writeWorkbook(workbook);
}

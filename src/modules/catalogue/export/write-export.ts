import ExcelJS from 'exceljs';
import { EXPORT_HEADERS } from './export-rows.ts';

export type ExportFormat = 'xlsx' | 'csv';

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV with a BOM, so Excel opens the Vietnamese text as UTF-8. */
export function toCsv(rows: (string | number)[][]): Buffer {
  const lines = [EXPORT_HEADERS, ...rows].map((row) => row.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function toXlsx(rows: (string | number)[][], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OCOP Connect';
  const sheet = workbook.addWorksheet('Sản phẩm OCOP', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true, size: 14 };
  const header = sheet.addRow([...EXPORT_HEADERS]);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3E3C3' } };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    column.width = [6, 36, 30, 36, 18, 40, 16][index] ?? 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';
import { neutraliseFormula } from './formula-safety.ts';

export type ExportCell = string | number | Date | null | undefined;

const csvCell = (value: ExportCell): string => {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",;\n\r\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV with a BOM (so Excel opens Vietnamese text as UTF-8); text cells are formula-safe. */
export function toCsv(headers: readonly string[], rows: Iterable<readonly ExportCell[]>): Buffer {
  const lines = [headers.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * Writes a workbook built with exceljs, every text cell made formula-safe first: modules build
 * their sheets (styles, widths, number formats) as they like and write them through here.
 */
export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  workbook.creator ||= 'OCOP Connect';
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (typeof value === 'string') cell.value = neutraliseFormula(value);
        else if (value && typeof value === 'object' && 'richText' in value && value.richText[0]) {
          value.richText[0] = { ...value.richText[0], text: neutraliseFormula(value.richText[0].text) };
        } else if (value && typeof value === 'object' && 'hyperlink' in value && typeof value.text === 'string') {
          cell.value = { ...value, text: neutraliseFormula(value.text) };
        }
      });
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface SheetSpec {
  name: string;
  /** A bold line above the table. */
  title?: string;
  headers: readonly string[];
  rows: Iterable<readonly ExportCell[]>;
  /** Column widths in characters, in order (the rest get 16). */
  widths?: readonly number[];
}

/** A plain table workbook: optional title, a bold frozen header row, then the rows. */
export async function toXlsx(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const headerRow = spec.title ? 2 : 1;
    const sheet = workbook.addWorksheet(spec.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: headerRow }] });
    if (spec.title) sheet.addRow([spec.title]).font = { bold: true, size: 14 };
    const header = sheet.addRow([...spec.headers]);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3E3C3' } };
    for (const row of spec.rows) sheet.addRow(row.map((cell) => cell ?? null));
    spec.headers.forEach((_, index) => {
      sheet.getColumn(index + 1).width = spec.widths?.[index] ?? 16;
    });
  }
  return writeWorkbook(workbook);
}

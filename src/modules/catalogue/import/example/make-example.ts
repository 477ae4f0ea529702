/**
 * Writes the example product lists beside this file:
 *   npx tsx src/modules/catalogue/import/example/make-example.ts
 * The .xlsx has a title above the table, a column-numbering row under the header and a producer
 * merged over two rows, as official lists do; the .csv is the same data, comma-separated UTF-8
 * with a BOM (so Excel opens the Vietnamese correctly).
 */
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_HEADERS, EXAMPLE_ROWS, EXAMPLE_SUBTITLE, EXAMPLE_TITLE, exampleCells } from './example-rows.ts';

const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export const EXAMPLE_XLSX = here('ocop-products-example.xlsx');
export const EXAMPLE_CSV = here('ocop-products-example.csv');

// Fixed so regenerating without data changes does not change the workbook's properties.
const GENERATED = new Date(Date.UTC(2025, 9, 1));

export async function makeExampleXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OCOP Connect';
  workbook.created = GENERATED;
  workbook.modified = GENERATED;
  const sheet = workbook.addWorksheet('Danh sách OCOP');
  const lastColumn = sheet.getColumn(EXAMPLE_HEADERS.length).letter;

  sheet.addRow([EXAMPLE_TITLE]);
  sheet.mergeCells(`A1:${lastColumn}1`);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.addRow([EXAMPLE_SUBTITLE]);
  sheet.mergeCells(`A2:${lastColumn}2`);
  sheet.getCell('A2').font = { italic: true };
  sheet.addRow([]);

  const header = sheet.addRow([...EXAMPLE_HEADERS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  const numbering = sheet.addRow(EXAMPLE_HEADERS.map((_, i) => `(${i + 1})`));
  numbering.font = { italic: true };
  numbering.alignment = { horizontal: 'center' };

  const firstDataRow = numbering.number + 1;
  EXAMPLE_ROWS.forEach((row, index) => sheet.addRow(exampleCells(row, index, false)));

  // The household making chè lam and peanut candy is listed once, merged over its two products.
  const lan = EXAMPLE_ROWS.findIndex((r) => r.producer === 'Hộ kinh doanh Kiều Thị Lan');
  for (const column of ['D', 'E', 'G']) {
    sheet.mergeCells(`${column}${firstDataRow + lan}:${column}${firstDataRow + lan + 1}`);
  }

  const dateColumn = sheet.getColumn(EXAMPLE_HEADERS.indexOf('Ngày quyết định') + 1);
  dateColumn.numFmt = 'dd/mm/yyyy';
  const widths: Partial<Record<(typeof EXAMPLE_HEADERS)[number], number>> = {
    STT: 5,
    'Tên sản phẩm': 34,
    'Tên sản phẩm (tiếng Anh)': 34,
    'Chủ thể': 36,
    'Địa chỉ': 44,
    'Phân nhóm': 30,
    'Giá (VNĐ)': 22,
    'Làng nghề': 26,
  };
  EXAMPLE_HEADERS.forEach((h, i) => {
    sheet.getColumn(i + 1).width = widths[h] ?? 15;
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function csvField(value: string | number | Date | null): string {
  const text = value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function makeExampleCsv(): string {
  const lines = [EXAMPLE_HEADERS.map(csvField).join(',')];
  EXAMPLE_ROWS.forEach((row, index) => lines.push(exampleCells(row, index, true).map(csvField).join(',')));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(EXAMPLE_XLSX, await makeExampleXlsx());
  await writeFile(EXAMPLE_CSV, makeExampleCsv(), 'utf8');
  console.log(`Wrote ${EXAMPLE_XLSX}\nWrote ${EXAMPLE_CSV}`);
}

import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Localized } from '../../../shared/localized.ts';
import { cellText, isBlankCell, type CellValue } from './cell-value.ts';
import { countRecognisedHeaders } from './match-headers.ts';

export interface SpreadsheetRow {
  /** 1-based row number as the user sees it in Excel. */
  rowNumber: number;
  cells: CellValue[];
}

export interface SpreadsheetTable {
  headers: string[];
  headerRowNumber: number;
  /** Non-empty rows below the header, all padded to the same width. */
  rows: SpreadsheetRow[];
}

export type SpreadsheetErrorCode = 'unsupported_format' | 'unreadable' | 'empty';

/** A file the importer cannot read at all, with a message for the uploader. */
export class SpreadsheetReadError extends Error {
  readonly code: SpreadsheetErrorCode;
  readonly localized: Localized;

  constructor(code: SpreadsheetErrorCode, localized: Localized, options?: { cause?: unknown }) {
    super(localized.en, options);
    this.name = 'SpreadsheetReadError';
    this.code = code;
    this.localized = localized;
  }
}

// A header row names at least this many known columns; a title row above it names none or one.
const MIN_HEADER_MATCHES = 3;
// Official lists put at most a few title and signature lines above the table.
const HEADER_SEARCH_ROWS = 30;

/**
 * Reads an official product list (.xlsx or .csv) into a header row and data rows.
 * The header row is the first row that names at least three known columns, so title rows above
 * the table are skipped; without one, the first non-empty row is taken and header matching will
 * report what is missing. Fully empty rows and the "(1) (2) (3)…" column-numbering row that
 * Vietnamese official tables put under the header are dropped.
 */
export async function readSpreadsheet(buffer: Uint8Array, fileName: string): Promise<SpreadsheetTable> {
  const rows = await readRows(buffer, fileName);
  return toTable(rows.filter((row) => row.cells.some((cell) => !isBlankCell(cell))));
}

async function readRows(buffer: Uint8Array, fileName: string): Promise<SpreadsheetRow[]> {
  if (isZip(buffer)) return readXlsx(buffer);
  if (isOle2(buffer) || /\.xls$/i.test(fileName)) {
    throw new SpreadsheetReadError('unsupported_format', {
      vi: 'Định dạng .xls cũ không được hỗ trợ. Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx.',
      en: 'The old .xls format is not supported. Open the file in Excel and save it as .xlsx.',
    });
  }
  if (/\.(csv|txt)$/i.test(fileName) || !/\.[a-z0-9]+$/i.test(fileName)) return readCsv(buffer);
  throw new SpreadsheetReadError('unsupported_format', {
    vi: `Không đọc được tệp "${fileName}". Hãy tải lên tệp .xlsx hoặc .csv.`,
    en: `Cannot read "${fileName}". Upload an .xlsx or .csv file.`,
  });
}

function isZip(buffer: Uint8Array): boolean {
  return buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
}

function isOle2(buffer: Uint8Array): boolean {
  return buffer[0] === 0xd0 && buffer[1] === 0xcf && buffer[2] === 0x11 && buffer[3] === 0xe0;
}

function toTable(rows: SpreadsheetRow[]): SpreadsheetTable {
  const headerIndex = Math.max(
    0,
    rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => countRecognisedHeaders(row.cells) >= MIN_HEADER_MATCHES),
  );
  const headerRow = rows[headerIndex];
  if (!headerRow) {
    throw new SpreadsheetReadError('empty', { vi: 'Tệp không có dữ liệu.', en: 'The file has no data.' });
  }
  let dataRows = rows.slice(headerIndex + 1);
  if (dataRows[0] && isColumnNumberingRow(dataRows[0].cells)) dataRows = dataRows.slice(1);
  const width = Math.max(headerRow.cells.length, ...dataRows.map((row) => row.cells.length));
  const pad = (cells: CellValue[]): CellValue[] => [...cells, ...Array<CellValue>(width - cells.length).fill(null)];
  return {
    headers: pad(headerRow.cells).map((cell) => cellText(cell)),
    headerRowNumber: headerRow.rowNumber,
    rows: dataRows.map((row) => ({ rowNumber: row.rowNumber, cells: pad(row.cells) })),
  };
}

// "(1) (2) (3) …" or "1 2 3 …" under the header: column numbers, not a product.
function isColumnNumberingRow(cells: readonly CellValue[]): boolean {
  const numbers = cells.filter((cell) => !isBlankCell(cell)).map((cell) => /^\(?(\d{1,2})\)?$/.exec(cellText(cell))?.[1]);
  if (numbers.length < 3 || numbers.some((n) => n === undefined)) return false;
  return numbers.every((n, i) => i === 0 || Number(n) > Number(numbers[i - 1]));
}

// ---- .xlsx ------------------------------------------------------------------------------------

async function readXlsx(buffer: Uint8Array): Promise<SpreadsheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs takes a Node Buffer at run time (its typings say ArrayBuffer); a view avoids a copy.
    await workbook.xlsx.load(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) as unknown as ArrayBuffer);
  } catch (cause) {
    throw new SpreadsheetReadError(
      'unreadable',
      { vi: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.', en: 'Cannot read the Excel file: it is damaged or not .xlsx.' },
      { cause },
    );
  }
  // The first visible sheet that has a recognisable header row; else the first visible sheet.
  const sheets = workbook.worksheets.filter((sheet) => sheet.state === 'visible');
  const sheetRows = sheets.map(worksheetRows);
  return (
    sheetRows.find((rows) =>
      rows.slice(0, HEADER_SEARCH_ROWS).some((row) => countRecognisedHeaders(row.cells) >= MIN_HEADER_MATCHES),
    ) ??
    sheetRows[0] ??
    []
  );
}

function worksheetRows(sheet: ExcelJS.Worksheet): SpreadsheetRow[] {
  const rows: SpreadsheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      // Cells inside a merged range report the merged value, which fills a producer name
      // merged down over several product rows into each of them.
      cells[column - 1] = fromExcel(cell.value);
    });
    rows.push({ rowNumber, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  return rows;
}

function fromExcel(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined) return null;
    return typeof result === 'object' && !(result instanceof Date) ? result.error : fromExcel(result);
  }
  if ('hyperlink' in value) return fromExcel(value.text);
  if ('error' in value) return value.error;
  return null;
}

// ---- .csv -------------------------------------------------------------------------------------

function decodeText(buffer: Uint8Array): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    // Files saved by older Vietnamese Windows tools use the legacy Vietnamese code page.
    return new TextDecoder('windows-1258').decode(buffer);
  }
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Comma or semicolon (Excel in Vietnamese and most European locales saves ";")? The delimiter
 * is the one that occurs most on a typical line, quoted text ignored: addresses in a ";" file
 * are full of commas, but fewer per line than the delimiter itself.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/"(?:[^"]|"")*"/g, ''))
    .filter((line) => line.trim() !== '')
    .slice(0, 20);
  let best: ',' | ';' | '\t' = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => line.split(delimiter).length - 1).sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    if (median > bestScore) {
      best = delimiter;
      bestScore = median;
    }
  }
  return best;
}

function readCsv(buffer: Uint8Array): SpreadsheetRow[] {
  const text = decodeText(buffer).replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (cause) {
    throw new SpreadsheetReadError(
      'unreadable',
      { vi: 'Không đọc được tệp CSV.', en: 'Cannot read the CSV file.' },
      { cause },
    );
  }
  // Excel numbers the records of an opened CSV from 1, which is what users will look up.
  return records.map((record, index) => ({
    rowNumber: index + 1,
    cells: record.map((cell) => (cell.trim() === '' ? null : cell)),
  }));
}

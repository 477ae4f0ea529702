import { bounded, chunksOf, peek, readAll, type ByteSource } from './byte-source.ts';
import { cellText, isBlankCell, type CellValue } from './cell-value.ts';
import { DEFAULT_LIMITS, SpreadsheetLimitError, type SpreadsheetLimits } from './limits.ts';
import { readCsvRows } from './read-csv.ts';
import { SpreadsheetReadError } from './read-errors.ts';
import { readXlsxRows, xlsxUnsupported } from './read-xlsx.ts';

export interface RawRow {
  /** 1-based row number as the user sees it in Excel. */
  rowNumber: number;
  cells: CellValue[];
}

export type TableEvent = { kind: 'header'; headers: string[]; headerRowNumber: number } | ({ kind: 'row' } & RawRow);

export interface ReadTableOptions {
  limits?: Partial<SpreadsheetLimits>;
  /** Tells the header row from title lines above it; without one the first non-empty row is the header. */
  isHeaderRow?: (cells: readonly CellValue[]) => boolean;
}

// Official lists put at most a few title and signature lines above the table.
const HEADER_SEARCH_ROWS = 30;
// Enough bytes to tell the format, the text encoding and a CSV's delimiter.
const SNIFF_BYTES = 64 * 1024;

/**
 * Reads a spreadsheet (.xlsx or .csv) as it arrives: first its header row, then each non-empty
 * data row, padded to the header's width. Title rows above the header are skipped, and so are
 * fully empty rows and the "(1) (2) (3)…" column-numbering row that Vietnamese official tables
 * put under the header. Past a limit the file is refused with the limit in the message.
 */
export async function* readTable(source: ByteSource, fileName: string, options: ReadTableOptions = {}): AsyncGenerator<TableEvent> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const isHeaderRow = options.isHeaderRow ?? (() => false);
  const rows = await openRows(source, fileName, limits, isHeaderRow);

  const waiting: RawRow[] = [];
  let header: RawRow | undefined;
  let width = 0;
  let dataRows = 0;
  let first = true;

  function* start(chosen: RawRow, rest: RawRow[]): Generator<TableEvent> {
    header = chosen;
    width = chosen.cells.length;
    yield { kind: 'header', headers: pad(chosen.cells, width).map((cell) => cellText(cell)), headerRowNumber: chosen.rowNumber };
    for (const row of rest) yield* data(row);
  }
  function* data(row: RawRow): Generator<TableEvent> {
    if (first) {
      first = false;
      if (isColumnNumberingRow(row.cells)) return;
    }
    if (++dataRows > limits.maxRows) throw SpreadsheetLimitError.tooManyRows(limits.maxRows);
    yield { kind: 'row', rowNumber: row.rowNumber, cells: pad(row.cells, width) };
  }

  for await (const row of rows) {
    if (!row.cells.some((cell) => !isBlankCell(cell))) continue;
    if (header) {
      yield* data(row);
      continue;
    }
    if (isHeaderRow(row.cells)) yield* start(row, []);
    else if (waiting.push(row) >= HEADER_SEARCH_ROWS) yield* start(waiting[0] as RawRow, waiting.slice(1));
  }
  if (!header) {
    const [chosen, ...rest] = waiting;
    if (!chosen) throw new SpreadsheetReadError('empty', { vi: 'Tệp không có dữ liệu.', en: 'The file has no data.' });
    yield* start(chosen, rest);
  }
}

async function openRows(
  source: ByteSource,
  fileName: string,
  limits: SpreadsheetLimits,
  isHeaderRow: (cells: readonly CellValue[]) => boolean,
): Promise<AsyncIterable<RawRow>> {
  const { head, rest } = await peek(bounded(chunksOf(source), limits.maxBytes), SNIFF_BYTES);
  if (isZip(head)) return readXlsxRows(await readAll(rest), { limits, isHeaderRow, headerSearchRows: HEADER_SEARCH_ROWS });
  if (isOle2(head) || /\.xls$/i.test(fileName)) throw xlsxUnsupported();
  if (/\.(csv|txt)$/i.test(fileName) || !/\.[a-z0-9]+$/i.test(fileName)) return readCsvRows(head, rest, limits);
  throw new SpreadsheetReadError('unsupported_format', {
    vi: `Không đọc được tệp "${fileName}". Hãy tải lên tệp .xlsx hoặc .csv.`,
    en: `Cannot read "${fileName}". Upload an .xlsx or .csv file.`,
  });
}

function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

function isOle2(head: Uint8Array): boolean {
  return head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
}

function pad(cells: CellValue[], width: number): CellValue[] {
  while (cells.length < width) cells.push(null);
  return cells;
}

// "(1) (2) (3) …" or "1 2 3 …" under the header: column numbers, not data.
function isColumnNumberingRow(cells: readonly CellValue[]): boolean {
  const numbers = cells.filter((cell) => !isBlankCell(cell)).map((cell) => /^\(?(\d{1,2})\)?$/.exec(cellText(cell))?.[1]);
  if (numbers.length < 3 || numbers.some((n) => n === undefined)) return false;
  return numbers.every((n, i) => i === 0 || Number(n) > Number(numbers[i - 1]));
}

export interface SpreadsheetTable {
  headers: string[];
  headerRowNumber: number;
  rows: RawRow[];
}

/** The whole table at once, for small files in hand (tests, examples): imports use {@link readTable}. */
export async function readSpreadsheet(source: ByteSource, fileName: string, options: ReadTableOptions = {}): Promise<SpreadsheetTable> {
  const table: SpreadsheetTable = { headers: [], headerRowNumber: 0, rows: [] };
  for await (const event of readTable(source, fileName, options)) {
    if (event.kind === 'header') {
      table.headers = event.headers;
      table.headerRowNumber = event.headerRowNumber;
    } else table.rows.push({ rowNumber: event.rowNumber, cells: event.cells });
  }
  return table;
}

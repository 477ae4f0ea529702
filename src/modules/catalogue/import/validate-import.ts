import { isIsoDate, type IsoDate } from '../domain/iso-date.ts';
import { cellText, isBlankCell, type CellValue } from './cell-value.ts';
import { columnDefinition } from './columns.ts';
import { problem, type ImportProblem, type ImportWarning } from './import-problems.ts';
import type { ImportRow } from './import-row.ts';
import { matchHeaders, type HeaderMatch } from './match-headers.ts';
import { parseRow } from './parse-row.ts';
import { producerKey, productKey } from './producer-key.ts';
import type { SpreadsheetTable } from './read-spreadsheet.ts';

export interface ImportValidation {
  columns: HeaderMatch;
  /** Rows without errors, ready to import. Rows with errors are left out. */
  rows: ImportRow[];
  /** Every error found, file-level first, then by row. */
  problems: ImportProblem[];
  /** Things to check that do not block a row. */
  warnings: ImportWarning[];
  /** Data rows read (including those with errors, excluding skipped section rows). */
  rowCount: number;
}

/**
 * Validates an official product list read by `readSpreadsheet`: matches the headers, parses
 * every row and reports every problem, not just the first. A product listed twice for the same
 * producer is reported on the later row. `today` decides future dates and certificate status.
 */
export function validateImport(table: SpreadsheetTable, options: { today: IsoDate }): ImportValidation {
  const { today } = options;
  if (!isIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);

  const columns = matchHeaders(table.headers);
  const headerRow = table.headerRowNumber;
  const problems: ImportProblem[] = [];
  const warnings: ImportWarning[] = [];

  for (const key of columns.missing) {
    // A combined "Số, ngày quyết định" column carries the date too; rows without one say so.
    if (key === 'decisionDate' && columns.indexes.decisionNumber !== undefined) continue;
    const { header } = columnDefinition(key);
    problems.push(problem('missing_column', headerRow, header.vi, undefined, header.en));
  }
  for (const unknown of columns.unknown) warnings.push(problem('unknown_column', headerRow, unknown.header));
  for (const duplicate of columns.duplicates) {
    warnings.push(problem('duplicate_column', headerRow, duplicate.header, undefined, columns.headers[duplicate.key]));
  }

  const rows: ImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  let rowCount = 0;
  for (const { rowNumber, cells } of table.rows) {
    const filled = cells.filter((cell) => !isBlankCell(cell)).map((cell) => cellText(cell));
    // Section headings ("HUYỆN GIA LÂM") and totals span the row, often as one merged cell.
    if (new Set(filled).size === 1) {
      warnings.push(problem('skipped_row', rowNumber, '', filled[0] ?? ''));
      continue;
    }
    rowCount += 1;
    const parsed = parseRow(rowNumber, cells, { columns, today });
    problems.push(...parsed.problems);
    warnings.push(...parsed.warnings);

    const duplicate = duplicateOf(cells, columns);
    if (duplicate !== undefined) {
      const first = firstRowOf.get(duplicate);
      if (first === undefined) firstRowOf.set(duplicate, rowNumber);
      else {
        const name = cellText(cells[columns.indexes.productName ?? -1] ?? null);
        problems.push(
          problem('duplicate_product', rowNumber, columns.headers.productName ?? 'Tên sản phẩm', name, String(first)),
        );
        continue;
      }
    }
    if (parsed.row) rows.push(parsed.row);
  }

  if (rowCount === 0) problems.push(problem('no_rows', headerRow, ''));
  return { columns, rows, problems, warnings, rowCount };
}

// Identity of a row's product from the raw cells, so a duplicate is caught even when one of
// the two rows has other errors.
function duplicateOf(cells: readonly CellValue[], columns: HeaderMatch): string | undefined {
  const read = (index: number | undefined): string => (index === undefined ? '' : cellText(cells[index] ?? null));
  const product = read(columns.indexes.productName);
  const producer = read(columns.indexes.producerName);
  if (product === '' || producer === '') return undefined;
  return `${producerKey(producer, read(columns.indexes.address))}\u0000${productKey(product)}`;
}

import type { SpreadsheetTable } from '../../../server/spreadsheet/read-table.ts';
import { RowValidator, type ValidationResult } from '../../../server/spreadsheet/validate-rows.ts';
import { isIsoDate, type IsoDate } from '../domain/iso-date.ts';
import type { ColumnKey } from './columns.ts';
import type { ImportRow } from './import-row.ts';
import { productListImport } from './product-list-import.ts';

export type ImportValidation = ValidationResult<ImportRow, ColumnKey>;

/**
 * Validates an official product list already read into a table (small files in hand; imports
 * stream through the engine instead): matches the headers, parses every row and reports every
 * problem, not just the first. `today` decides future dates and certificate status.
 */
export function validateImport(table: SpreadsheetTable, options: { today: IsoDate }): ImportValidation {
  if (!isIsoDate(options.today)) throw new RangeError(`today must be YYYY-MM-DD, got ${options.today}`);
  const validator = new RowValidator(productListImport, { today: options.today });
  validator.header(table.headers, table.headerRowNumber);
  for (const row of table.rows) validator.row(row.rowNumber, row.cells);
  return validator.finish();
}

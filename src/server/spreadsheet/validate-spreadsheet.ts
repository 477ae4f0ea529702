import type { Localized } from '../../shared/localized.ts';
import type { ByteSource } from './byte-source.ts';
import { HeaderIndex } from './columns.ts';
import type { SpreadsheetImport } from './define-import.ts';
import { SpreadsheetLimitError } from './limits.ts';
import { SpreadsheetReadError } from './read-errors.ts';
import { readTable, type RawRow } from './read-table.ts';
import { RowValidator, type ValidationResult } from './validate-rows.ts';

/** A file refused as a whole: unreadable (422) or past a limit (413). Plain data: it crosses threads. */
export interface SpreadsheetFailure {
  kind: 'read' | 'limit';
  code: string;
  message: Localized;
}

export type SpreadsheetOutcome<Row> = { ok: true; result: ValidationResult<Row> } | { ok: false; failure: SpreadsheetFailure };

/**
 * Reads a file as it arrives and checks each row against the import's columns. This runs in
 * the engine's worker thread (see parse-in-worker.ts); it is exported for tests and tools.
 */
export async function validateSpreadsheet<Row, Key extends string, Options>(
  definition: SpreadsheetImport<Row, Key, Options>,
  source: ByteSource,
  fileName: string,
  options: Options,
  onProgress?: (rowsRead: number) => void,
): Promise<SpreadsheetOutcome<Row>> {
  const index = new HeaderIndex(definition.columns);
  const minimum = definition.minHeaderMatches ?? Math.min(3, definition.columns.filter((c) => c.required).length || 1);
  const validator = new RowValidator(definition, options);
  // Rows are read as they arrive and checked once the file has ended: a file past a limit is
  // refused as soon as the limit is reached, without checking rows that will never be written.
  // The rows held are bounded by the row limit, as the rows to write are anyway.
  const rows: RawRow[] = [];
  try {
    for await (const event of readTable(source, fileName, {
      limits: definition.limits,
      isHeaderRow: (cells) => index.countRecognised(cells) >= minimum,
    })) {
      if (event.kind === 'header') validator.header(event.headers, event.headerRowNumber);
      else if (rows.push({ rowNumber: event.rowNumber, cells: event.cells }) % 1000 === 0) onProgress?.(rows.length);
    }
  } catch (error) {
    if (error instanceof SpreadsheetLimitError) return { ok: false, failure: { kind: 'limit', code: error.code, message: error.localized } };
    if (error instanceof SpreadsheetReadError) return { ok: false, failure: { kind: 'read', code: error.code, message: error.localized } };
    throw error;
  }
  onProgress?.(rows.length);
  for (const row of rows) validator.row(row.rowNumber, row.cells);
  return { ok: true, result: validator.finish() };
}

// The official-list importer: read a file, then validate it. No database access here.
export { readSpreadsheet, SpreadsheetReadError, type SpreadsheetRow, type SpreadsheetTable } from './read-spreadsheet.ts';
export { validateImport, type ImportValidation } from './validate-import.ts';
export type { ImportProducer, ImportRow } from './import-row.ts';
export type { ImportErrorCode, ImportProblem, ImportWarning, ImportWarningCode } from './import-problems.ts';
export { COLUMNS, type ColumnDefinition, type ColumnKey } from './columns.ts';
export { matchHeader, matchHeaders, type HeaderMatch } from './match-headers.ts';
export { producerKey, productKey } from './producer-key.ts';
export type { CellValue } from './cell-value.ts';

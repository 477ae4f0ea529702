import type { CellValue } from './cell-value.ts';
import type { SpreadsheetColumn } from './columns.ts';
import type { SpreadsheetLimits } from './limits.ts';
import type { MessageBuilder } from './problems.ts';

/** What a row parser sees: the row's cells by column, and where to put what is wrong with them. */
export interface RowContext<Key extends string, Options> {
  rowNumber: number;
  /** Per-import options given to the run (plain JSON: they cross into the worker). */
  options: Options;
  /** The raw cell of a column (null when the file has no such column). */
  cell(key: Key): CellValue;
  /** The cell as trimmed single-spaced text ("" when blank or absent). */
  text(key: Key): string;
  /** The cell's text, or null when blank. */
  optionalText(key: Key): string | null;
  /** Whether the file has the column. */
  has(key: Key): boolean;
  /** The column's header as written (the template's Vietnamese header when absent). */
  header(key: Key): string;
  /** The text of a cell that must not be blank (missing_value reported when the column exists). */
  required(key: Key): string | undefined;
  /** The cell read by the column's declared parser; undefined when blank or wrong (reported). */
  value<T>(key: Key): T | undefined;
  error(code: string, key: Key, value?: string, detail?: string): void;
  warn(code: string, key: Key, value?: string, detail?: string): void;
  /** A problem about a column named otherwise (e.g. one the file lacks). */
  errorAtColumn(code: string, column: string, value?: string, detail?: string): void;
  readonly hasErrors: boolean;
}

/**
 * One kind of import (a product list, monthly sales, buyers…): its columns as data, its row
 * parser and its own problem messages. Declared once at the top level of a module file whose
 * URL is `source`: the engine's worker thread imports that file to find it again by `id`.
 */
export interface SpreadsheetImport<Row, Key extends string = string, Options = Record<string, never>> {
  readonly kind: 'spreadsheet-import';
  id: string;
  /** `import.meta.url` of the file that exports this definition. */
  source: string;
  columns: readonly SpreadsheetColumn<Key>[];
  /** Messages of the import's own problem codes (the engine's generic ones need none). */
  messages?: Readonly<Record<string, MessageBuilder>>;
  /** A header row names at least this many known columns (a title row above it names fewer). */
  minHeaderMatches?: number;
  /** Rows holding one distinct value (section headings, totals) are skipped with a warning. */
  skipSingleValueRows?: boolean;
  limits?: Partial<SpreadsheetLimits>;
  /** Reads one row; undefined when it has errors (every one reported through the context). */
  parseRow(row: RowContext<Key, Options>): Row | undefined;
  /** Rows that describe the same thing twice: the later one is reported under `code`. */
  duplicate?: { code: string; column: Key; key(row: RowContext<Key, Options>): string | undefined };
}

export function defineSpreadsheetImport<Row, Key extends string, Options = Record<string, never>>(
  definition: Omit<SpreadsheetImport<Row, Key, Options>, 'kind'>,
): SpreadsheetImport<Row, Key, Options> {
  return { kind: 'spreadsheet-import', ...definition };
}

export function isSpreadsheetImport(value: unknown): value is SpreadsheetImport<unknown> {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'spreadsheet-import';
}

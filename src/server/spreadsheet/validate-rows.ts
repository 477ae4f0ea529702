import { cellText, isBlankCell, type CellValue } from './cell-value.ts';
import { HeaderIndex, type HeaderMatch } from './columns.ts';
import type { RowContext, SpreadsheetImport } from './define-import.ts';
import { problemFactory, type RowProblem } from './problems.ts';

export interface ValidationResult<Row, Key extends string = string> {
  columns: HeaderMatch<Key>;
  /** Rows without errors, ready to write. Rows with errors are left out. */
  rows: Row[];
  /** Every error found, file-level first, then by row. */
  problems: RowProblem[];
  /** Things to check that do not block a row. */
  warnings: RowProblem[];
  /** Data rows read (including those with errors, excluding skipped section rows). */
  rowCount: number;
}

/**
 * Checks a table row by row against an import's columns: header first, then each data row as it
 * is read, so a file is never held whole. Every problem is reported, not only the first.
 */
export class RowValidator<Row, Key extends string, Options> {
  private readonly index: HeaderIndex<Key>;
  private readonly problem;
  private columns: HeaderMatch<Key> | undefined;
  private headerRow = 0;
  private readonly result: ValidationResult<Row, Key>;
  private readonly firstRowOf = new Map<string, number>();

  constructor(
    private readonly definition: SpreadsheetImport<Row, Key, Options>,
    private readonly options: Options,
  ) {
    this.index = new HeaderIndex(definition.columns);
    this.problem = problemFactory(definition.messages ?? {});
    this.result = { columns: this.index.matchAll([]), rows: [], problems: [], warnings: [], rowCount: 0 };
  }

  header(headers: readonly string[], headerRowNumber: number): void {
    const columns = this.index.matchAll(headers);
    this.columns = columns;
    this.headerRow = headerRowNumber;
    this.result.columns = columns;
    for (const key of columns.missing) {
      const column = this.definition.columns.find((c) => c.key === key);
      if (!column || (column.carriedBy !== undefined && columns.indexes[column.carriedBy] !== undefined)) continue;
      this.result.problems.push(this.problem('missing_column', headerRowNumber, column.header.vi, undefined, column.header.en));
    }
    for (const unknown of columns.unknown) this.result.warnings.push(this.problem('unknown_column', headerRowNumber, unknown.header));
    for (const duplicate of columns.duplicates) {
      this.result.warnings.push(this.problem('duplicate_column', headerRowNumber, duplicate.header, undefined, columns.headers[duplicate.key]));
    }
  }

  row(rowNumber: number, cells: readonly CellValue[]): void {
    const columns = this.columns;
    if (!columns) throw new Error('RowValidator: header() comes first');
    if (this.definition.skipSingleValueRows) {
      const filled = new Set(cells.filter((cell) => !isBlankCell(cell)).map((cell) => cellText(cell)));
      // Section headings ("HUYỆN GIA LÂM") and totals span the row, often as one merged cell.
      if (filled.size === 1) {
        this.result.warnings.push(this.problem('skipped_row', rowNumber, '', [...filled][0] ?? ''));
        return;
      }
    }
    this.result.rowCount += 1;
    const context = this.context(rowNumber, cells, columns);
    const parsed = this.definition.parseRow(context);
    const duplicate = this.definition.duplicate;
    const key = duplicate?.key(context);
    if (duplicate && key !== undefined) {
      const first = this.firstRowOf.get(key);
      if (first === undefined) this.firstRowOf.set(key, rowNumber);
      else {
        context.errorAtColumn(duplicate.code, context.header(duplicate.column), context.text(duplicate.column), String(first));
        return;
      }
    }
    if (parsed !== undefined && !context.hasErrors) this.result.rows.push(parsed);
  }

  finish(): ValidationResult<Row, Key> {
    if (!this.columns) this.header([], 0);
    if (this.result.rowCount === 0) this.result.problems.push(this.problem('no_rows', this.headerRow, ''));
    return this.result;
  }

  private context(rowNumber: number, cells: readonly CellValue[], columns: HeaderMatch<Key>): RowContext<Key, Options> {
    const { problems, warnings } = this.result;
    const problem = this.problem;
    const definitions = this.definition.columns;
    const before = problems.length;
    const cell = (key: Key): CellValue => {
      const index = columns.indexes[key];
      return index === undefined ? null : (cells[index] ?? null);
    };
    const header = (key: Key): string => columns.headers[key] ?? definitions.find((c) => c.key === key)?.header.vi ?? key;
    const error = (code: string, key: Key, value?: string, detail?: string) => {
      problems.push(problem(code, rowNumber, header(key), value, detail));
    };
    return {
      rowNumber,
      options: this.options,
      cell,
      text: (key) => cellText(cell(key)),
      optionalText: (key) => cellText(cell(key)) || null,
      has: (key) => columns.indexes[key] !== undefined,
      header,
      required(key) {
        const value = cellText(cell(key));
        if (value === '' && columns.indexes[key] !== undefined) error('missing_value', key);
        return value === '' ? undefined : value;
      },
      value<T>(key: Key): T | undefined {
        const raw = cell(key);
        if (isBlankCell(raw)) return undefined;
        const parse = definitions.find((c) => c.key === key)?.parse;
        if (!parse) return cellText(raw) as T;
        const result = parse(raw);
        if (result.ok) return result.value as T;
        error(result.code, key, cellText(raw), result.detail);
        return undefined;
      },
      error,
      warn: (code, key, value, detail) => warnings.push(problem(code, rowNumber, header(key), value, detail)),
      errorAtColumn: (code, column, value, detail) => problems.push(problem(code, rowNumber, column, value, detail)),
      get hasErrors() {
        return problems.length > before;
      },
    };
  }
}

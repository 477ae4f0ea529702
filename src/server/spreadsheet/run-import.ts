import type { Database, Tx } from '../db/database.ts';
import { AppError } from '../http/app-error.ts';
import type { ByteSource } from './byte-source.ts';
import type { SpreadsheetImport } from './define-import.ts';
import { parseSpreadsheet } from './parse-in-worker.ts';
import type { RowProblem } from './problems.ts';

/** What an import did (or, for a dry run or a file with errors, would do), row by row. */
export interface ImportReport<Counts> {
  fileName: string;
  dryRun: boolean;
  /** True when the file has no errors (and, unless a dry run, was written). */
  ok: boolean;
  rowCount: number;
  problems: RowProblem[];
  warnings: RowProblem[];
  /** What the import creates, updates or leaves unchanged (for a dry run: would). */
  counts: Counts;
}

/** A file read and checked: its report so far, and the rows to write when it has no errors. */
export interface CheckedImport<Row, Counts> {
  report: ImportReport<Counts>;
  rows: Row[];
}

export interface ImportFile {
  name: string;
  /** The bytes as they arrive (a request body, a file stream) or in hand. */
  source: ByteSource;
}

/**
 * Reads and checks a file in the worker thread. A file past a limit is refused as a whole with a
 * 413 that states the limit; an unreadable one gets a report with the reason (row 0).
 */
export async function checkImport<Row, Key extends string, Options, Counts>(
  definition: SpreadsheetImport<Row, Key, Options>,
  file: ImportFile,
  options: { dryRun: boolean; options: Options; emptyCounts: () => Counts; onRowsRead?: (rows: number) => void },
): Promise<CheckedImport<Row, Counts>> {
  const report: ImportReport<Counts> = {
    fileName: file.name,
    dryRun: options.dryRun,
    ok: false,
    rowCount: 0,
    problems: [],
    warnings: [],
    counts: options.emptyCounts(),
  };
  const outcome = await parseSpreadsheet(definition, file.source, file.name, options.options, options.onRowsRead);
  if (!outcome.ok) {
    const { failure } = outcome;
    if (failure.kind === 'limit') throw new AppError(413, failure.code, failure.message);
    report.problems.push({ row: 0, column: '', code: failure.code, message: failure.message });
    return { report, rows: [] };
  }
  const { result } = outcome;
  report.rowCount = result.rowCount;
  report.problems = result.problems;
  report.warnings = result.warnings;
  return { report, rows: result.problems.length > 0 ? [] : result.rows };
}

class RollbackDryRun extends Error {}

/**
 * Writes a checked file, all rows or none: one transaction, and a dry run goes through exactly
 * the same writes in a transaction that is then rolled back, so its counts are what a real run
 * would do. `write` records the audit rows (in the same transaction) and returns the counts.
 */
export async function writeImport<Row, Counts>(
  database: Database,
  checked: CheckedImport<Row, Counts>,
  write: (tx: Tx, rows: readonly Row[]) => Promise<Counts>,
): Promise<ImportReport<Counts>> {
  const { report } = checked;
  if (report.problems.length > 0) return report;
  try {
    await database.db.transaction(async (tx) => {
      report.counts = await write(tx, checked.rows);
      if (report.dryRun) throw new RollbackDryRun();
    });
  } catch (error) {
    if (!(error instanceof RollbackDryRun)) throw error;
  }
  report.ok = true;
  return report;
}

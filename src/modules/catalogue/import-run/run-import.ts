import type { Database } from '../../../server/db/database.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ImportProblem, ImportWarning } from '../import/import-problems.ts';
import { readSpreadsheet, SpreadsheetReadError } from '../import/read-spreadsheet.ts';
import { validateImport } from '../import/validate-import.ts';
import { emptyCounts, ImportWriter, type ImportCounts } from './write-import-rows.ts';

export interface ImportReport {
  fileName: string;
  dryRun: boolean;
  /** True when the file has no errors (and, unless a dry run, was written). */
  ok: boolean;
  rowCount: number;
  problems: (ImportProblem | { row: number; column: string; code: string; message: { vi: string; en: string } })[];
  warnings: ImportWarning[];
  /** What the import creates, updates or leaves unchanged (for a dry run: would). */
  counts: ImportCounts;
}

class RollbackDryRun extends Error {}

/**
 * Imports an official product list, all rows or none. A dry run goes through exactly the same
 * writes in a transaction that is then rolled back, so its counts are what a real run would do.
 */
export async function runImport(
  database: Database,
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  options: { dryRun: boolean; today: string; onProgress?: (done: number, total: number) => void },
): Promise<ImportReport> {
  const report: ImportReport = { fileName: file.name, dryRun: options.dryRun, ok: false, rowCount: 0, problems: [], warnings: [], counts: emptyCounts() };
  let table;
  try {
    table = await readSpreadsheet(file.bytes, file.name);
  } catch (error) {
    if (!(error instanceof SpreadsheetReadError)) throw error;
    report.problems.push({ row: 0, column: '', code: error.code, message: error.localized });
    return report;
  }
  const validation = validateImport(table, { today: options.today });
  report.rowCount = validation.rowCount;
  report.problems = validation.problems;
  report.warnings = validation.warnings;
  if (validation.problems.length > 0) return report;

  try {
    await database.db.transaction(async (tx) => {
      const writer = new ImportWriter(tx, actor, file.name);
      let done = 0;
      for (const row of validation.rows) {
        await writer.write(row);
        done++;
        if (options.onProgress && (done % 50 === 0 || done === validation.rows.length)) {
          options.onProgress(done, validation.rows.length);
          // The embedded database answers through microtasks only; without a turn of the event
          // loop the progress lines would wait in the socket until the whole import is done.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      report.counts = writer.counts;
      if (options.dryRun) throw new RollbackDryRun();
      await recordAudit(tx, actor, { action: 'catalogue.import', entity: 'catalogue', entityId: null, changes: { file: file.name, rows: validation.rows.length, counts: writer.counts } });
    });
  } catch (error) {
    if (!(error instanceof RollbackDryRun)) throw error;
  }
  report.ok = true;
  return report;
}

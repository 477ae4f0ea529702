import type { Database } from '../../../server/db/database.ts';
import { checkImport, writeImport, type CheckedImport, type ImportFile, type ImportReport as EngineReport } from '../../../server/spreadsheet/run-import.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { ImportRow } from '../import/import-row.ts';
import { productListImport } from '../import/product-list-import.ts';
import { emptyCounts, ImportWriter, type ImportCounts } from './write-import-rows.ts';

export type ImportReport = EngineReport<ImportCounts>;
export type CheckedProductList = CheckedImport<ImportRow, ImportCounts>;

/** Reads and checks an official product list in the spreadsheet engine's worker (413 past a limit). */
export function checkProductList(file: ImportFile, options: { dryRun: boolean; today: string }): Promise<CheckedProductList> {
  return checkImport(productListImport, file, { dryRun: options.dryRun, options: { today: options.today }, emptyCounts });
}

/**
 * Writes a checked list, all rows or none (a dry run goes through the same writes, then rolls
 * back), with an audit row for the import and one for each product it changes.
 */
export function writeProductList(
  database: Database,
  actor: Actor,
  checked: CheckedProductList,
  onProgress?: (done: number, total: number) => void | Promise<void>,
): Promise<ImportReport> {
  const { fileName } = checked.report;
  return writeImport(database, checked, async (tx, rows) => {
    const writer = new ImportWriter(tx, actor, fileName);
    let done = 0;
    for (const row of rows) {
      await writer.write(row);
      done++;
      if (onProgress && (done % 50 === 0 || done === rows.length)) await onProgress(done, rows.length);
    }
    await recordAudit(tx, actor, { action: 'catalogue.import', entity: 'catalogue', entityId: null, changes: { file: fileName, rows: rows.length, counts: writer.counts } });
    return writer.counts;
  });
}

/** Imports an official product list, all rows or none, with a row-by-row report. */
export async function runImport(
  database: Database,
  actor: Actor,
  file: ImportFile,
  options: { dryRun: boolean; today: string; onProgress?: (done: number, total: number) => void },
): Promise<ImportReport> {
  return writeProductList(database, actor, await checkProductList(file, options), options.onProgress);
}

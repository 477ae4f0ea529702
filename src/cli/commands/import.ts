import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_ACTOR } from '../../modules/audit/actor.ts';
import { runImport, type ImportReport } from '../../modules/catalogue/import-run/run-import.ts';
import { closeSpreadsheetWorkers } from '../../server/spreadsheet/parse-in-worker.ts';
import { clock } from '../../shared/time/clock.ts';
import { CliError, withDatabase } from '../cli-context.ts';

function printReport(report: ImportReport): void {
  for (const problem of report.problems) console.error(`  row ${problem.row}, ${problem.column || 'file'}: [${problem.code}] ${problem.message.vi}`);
  for (const warning of report.warnings) console.log(`  warning, row ${warning.row}, ${warning.column}: [${warning.code}] ${warning.message.vi}`);
  const c = report.counts;
  const line = (name: string, o: { created: number; updated: number; unchanged: number }) =>
    `  ${name.padEnd(13)} ${o.created} new, ${o.updated} updated, ${o.unchanged} unchanged`;
  if (report.ok) console.log([line('producers', c.producers), line('products', c.products), line('certificates', c.certificates)].join('\n'));
}

/** `ocop import FILE [--dry-run]`: exit 0 when the list is valid (and written), 1 with the row report otherwise. */
export async function importCommand(args: string[]): Promise<void> {
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) throw new CliError('Usage: ocop import FILE.xlsx|FILE.csv [--dry-run]');
  const dryRun = args.includes('--dry-run');
  if (!fs.existsSync(file)) throw new CliError(`No such file: ${file}`);
  const report = await withDatabase((database) =>
    runImport(database, SYSTEM_ACTOR, { name: path.basename(file), source: fs.createReadStream(file) }, {
      dryRun,
      today: clock.today(),
      onProgress: (done, total) => process.stderr.isTTY && process.stderr.write(`\r  ${done}/${total} rows`),
    }),
  ).finally(closeSpreadsheetWorkers);
  if (process.stderr.isTTY) process.stderr.write('\n');
  printReport(report);
  if (!report.ok) throw new CliError(`${report.problems.length} problem(s) in ${file}: nothing was written.`);
  console.log(dryRun ? `${file} is valid (${report.rowCount} rows); dry run, nothing written.` : `Imported ${report.rowCount} rows from ${file}.`);
}

import fs from 'node:fs';
import { exportCatalogue } from '../../modules/catalogue/export/write-export.ts';
import { clock } from '../../shared/time/clock.ts';
import { CliError, withDatabase } from '../cli-context.ts';

/** `ocop export FILE.xlsx|FILE.csv`: the whole catalogue in the import template's columns. */
export async function exportCommand(args: string[]): Promise<void> {
  const [file] = args;
  if (!file || !/\.(xlsx|csv)$/i.test(file)) throw new CliError('Usage: ocop export FILE.xlsx|FILE.csv');
  const day = clock.today();
  const bytes = await withDatabase((database) => exportCatalogue(database.db, {}, day, /\.csv$/i.test(file) ? 'csv' : 'xlsx'));
  fs.writeFileSync(file, bytes);
  console.log(`Exported the catalogue to ${file}.`);
}

import fs from 'node:fs';
import { exportRows } from '../../modules/catalogue/export/export-rows.ts';
import { toCsv, toXlsx } from '../../modules/catalogue/export/write-export.ts';
import { todayInVietnam } from '../../shared/time/today-in-vietnam.ts';
import { CliError, withDatabase } from '../cli-context.ts';

/** `ocop export FILE.xlsx|FILE.csv`: the whole catalogue in the import template's columns. */
export async function exportCommand(args: string[]): Promise<void> {
  const [file] = args;
  if (!file || !/\.(xlsx|csv)$/i.test(file)) throw new CliError('Usage: ocop export FILE.xlsx|FILE.csv');
  const today = todayInVietnam();
  const rows = await withDatabase((database) => exportRows(database.db, {}, today));
  const bytes = /\.csv$/i.test(file) ? toCsv(rows) : await toXlsx(rows, `Danh sách sản phẩm OCOP (${today})`);
  fs.writeFileSync(file, bytes);
  console.log(`Exported ${rows.length} products to ${file}.`);
}

import { backupDatabase } from '../../server/backup/backup-database.ts';
import { CliError, withDatabase } from '../cli-context.ts';

export async function backupCommand(args: string[]): Promise<void> {
  const [file] = args;
  if (!file) throw new CliError('Usage: ocop backup FILE');
  const { tables, rows } = await withDatabase((database) => backupDatabase(database, file));
  console.log(`Backed up ${rows} rows of ${tables} tables to ${file}.`);
}

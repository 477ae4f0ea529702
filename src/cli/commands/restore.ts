import { isEmptyDatabase } from '../../server/demo/seed-demo.ts';
import { readBackupHeader, restoreDatabase } from '../../server/backup/restore-database.ts';
import { migrate, readMigrations } from '../../server/db/migrate.ts';
import { CliError, withDatabase } from '../cli-context.ts';

/**
 * Restores into a database brought to the backup's migration, then migrates on to this version.
 * A database that already holds data is replaced only with --force.
 */
export async function restoreCommand(args: string[]): Promise<void> {
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) throw new CliError('Usage: ocop restore FILE [--force]');
  const header = await readBackupHeader(file);
  const known = readMigrations();
  const unknown = header.migrations.filter((name) => !known.some((m) => m.name === name));
  if (unknown.length) throw new CliError(`The backup comes from a newer OCOP Connect (migrations ${unknown.join(', ')}).`);
  await withDatabase(
    async (database) => {
      await migrate(database, known.filter((m) => header.migrations.includes(m.name)));
      if (!args.includes('--force') && !(await isEmptyDatabase(database))) {
        throw new CliError('The database already holds data; add --force to replace all of it with the backup.');
      }
      const { tables, rows } = await restoreDatabase(database, file);
      const applied = await migrate(database, known);
      console.log(`Restored ${rows} rows of ${tables} tables from ${file}${applied.length ? `, then applied ${applied.join(', ')}` : ''}.`);
    },
    { migrate: false },
  );
}

import { readConfig } from '../server/config.ts';
import type { Database } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { openDatabase } from '../server/db/open-database.ts';

/** A failure to report in one line and exit non-zero, without a stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** Opens the configured database (DATA_DIR or DATABASE_URL), optionally migrated, and always closes it. */
export async function withDatabase<T>(work: (database: Database) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const database = await openDatabase(readConfig());
  try {
    if (options.migrate !== false) await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

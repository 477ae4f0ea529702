import path from 'node:path';
import type { Config } from '../config.ts';
import type { Database } from './database.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { openPgliteInWorker } from './open-pglite-worker.ts';
import { openPostgres } from './open-postgres.ts';

/**
 * Opens the configured database: the PostgreSQL server when DATABASE_URL is set, else PGlite in
 * DATA_DIR, run in a worker thread so that no SQL runs on the request thread.
 */
export async function openDatabase(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  const release = lockDataDir(config.dataDir);
  try {
    const database = await openPgliteInWorker({ dataDir: path.join(config.dataDir, 'pglite') });
    return {
      ...database,
      async close() {
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

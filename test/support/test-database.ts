import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../../src/server/db/database.ts';
import { openPgliteInWorker } from '../../src/server/db/open-pglite-worker.ts';
import { openPostgres } from '../../src/server/db/open-postgres.ts';
import { testDatabaseUrl, withDatabaseName } from './test-env.ts';

/**
 * A fresh, migrated database of its own for a test file: a copy of the run's template, on
 * PGlite or, when DATABASE_URL is set, on that PostgreSQL server. Closing it drops it.
 */
export async function openTestDatabase(): Promise<Database> {
  const templateName = inject('postgresTemplateName');
  if (testDatabaseUrl && templateName) {
    const name = `ocop_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${templateName}`);
    const database = await openPostgres(withDatabaseName(testDatabaseUrl, name));
    return {
      ...database,
      async close() {
        await database.close();
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteTemplatePath'));
  // In a worker thread, as the server runs it.
  return openPgliteInWorker({ loadDataDir: new Blob([dump]) });
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

import pg from 'pg';
import { withDatabaseName } from '../../support/test-env.ts';

/**
 * The PostgreSQL server the suite makes its databases on (it needs the right to CREATE DATABASE):
 * RELIABILITY_DATABASE_URL, else DATABASE_URL, else the local server.
 */
export const serverUrl =
  process.env.RELIABILITY_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export const databaseUrl = (name: string) => withDatabaseName(serverUrl, name);

export async function adminQuery<Row = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilityTemplate: string;
    /** Name prefix of this run's databases, so the teardown finds every one it made. */
    reliabilityPrefix: string;
  }
}

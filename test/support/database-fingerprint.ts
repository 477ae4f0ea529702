import { sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/database.ts';
import { rows } from '../../src/server/db/rows.ts';

/**
 * A digest of every table's content, to prove a request changed nothing. Sessions are left out:
 * reading with a session may refresh its last-seen time, which is not a change of data.
 */
export async function databaseFingerprint(database: Database): Promise<Record<string, string>> {
  const tables = await rows<{ table_name: string }>(database.db, sql`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'sessions'
    ORDER BY table_name`);
  const fingerprint: Record<string, string> = {};
  for (const { table_name: table } of tables) {
    const [row] = await rows<{ digest: string }>(
      database.db,
      sql`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${sql.identifier(table)} t`,
    );
    fingerprint[table] = row?.digest ?? '';
  }
  return fingerprint;
}

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';
import { ensureWriteNotificationsSql } from './write-tracking.ts';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** Reads `NNNN_name.sql` files in version order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = fs.readFileSync(path.join(dir, file), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.sql$/, ''),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

/** The migration that creates the trigger function of write notifications. */
const WRITE_NOTIFICATIONS_MIGRATION = 15;

// Any 64-bit number works; it only has to be the same in every app process sharing a server.
const MIGRATION_LOCK = 804_2019;

/**
 * Applies pending migrations in one transaction, so a failed migration leaves the schema as it
 * was. An advisory lock makes app processes starting together on one server take turns.
 * Returns the names applied.
 */
export async function migrate(database: Database, migrations = readMigrations()): Promise<string[]> {
  return database.rawTransaction(async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await client.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = await client.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    const appliedByVersion = new Map(applied.map((row) => [row.version, row]));
    for (const row of applied) {
      const file = migrations.find((m) => m.version === row.version);
      if (!file) throw new Error(`Database has migration ${row.name}, which this version of OCOP Connect does not know`);
      if (file.checksum !== row.checksum) {
        throw new Error(`Migration ${row.name} was edited after it was applied; add a new migration instead`);
      }
    }
    const pending = migrations.filter((m) => !appliedByVersion.has(m.version));
    for (const migration of pending) {
      await client.exec(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
    }
    // Tables of the migrations just applied notify their writes to every app process's read cache.
    if (pending.length && migrations.some((m) => m.version === WRITE_NOTIFICATIONS_MIGRATION)) await client.exec(ensureWriteNotificationsSql());
    return pending.map((m) => m.name);
  });
}

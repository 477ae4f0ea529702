import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Database, RawClient } from '../db/database.ts';
import { BACKUP_FORMAT, type BackupHeader } from './backup-format.ts';
import { listTables, quoteIdent, sequenceOf, type TableInfo } from './list-tables.ts';

const BATCH = 1000;
/** Rows are also sent as soon as they add up to this much text (stored files are large). */
const BATCH_CHARS = 16 * 1024 * 1024;

export class BackupError extends Error {}

export async function readBackupHeader(file: string): Promise<BackupHeader> {
  for await (const line of lines(file)) {
    const header = line.startsWith('H ') ? (JSON.parse(line.slice(2)) as BackupHeader) : undefined;
    if (header?.format !== BACKUP_FORMAT) break;
    return header;
  }
  throw new BackupError(`${file} is not an OCOP Connect backup`);
}

function lines(file: string): AsyncIterable<string> {
  return readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
}

/**
 * Replaces every application table's content with the backup's, in one transaction: a failed
 * restore leaves the database as it was. The database must be at the backup's migration.
 */
export async function restoreDatabase(database: Database, file: string): Promise<{ tables: number; rows: number }> {
  const header = await readBackupHeader(file);
  return database.rawTransaction(async (client) => {
    const applied = (await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY version')).map((m) => m.name);
    if (JSON.stringify(applied) !== JSON.stringify(header.migrations)) {
      throw new BackupError(
        `The backup was taken at migration ${header.migrations.at(-1)}, the database is at ${applied.at(-1)}; restore into a database at the same migration`,
      );
    }
    const tables = await listTables(client);
    await client.exec(`TRUNCATE ${tables.map((t) => quoteIdent(t.name)).join(', ')} RESTART IDENTITY CASCADE`);
    const byName = new Map(tables.map((t) => [t.name, t]));
    let current: TableInfo | undefined;
    let pending: string[] = [];
    let pendingChars = 0;
    let rowCount = 0;
    const flush = async () => {
      if (!current || pending.length === 0) return;
      await insertRows(client, current, pending);
      rowCount += pending.length;
      pending = [];
      pendingChars = 0;
    };
    for await (const line of lines(file)) {
      if (line.startsWith('T ')) {
        await flush();
        const { table } = JSON.parse(line.slice(2)) as { table: string };
        current = byName.get(table);
        if (!current) throw new BackupError(`The backup has a table "${table}" this database does not have`);
      } else if (line.startsWith('R ')) {
        pending.push(line.slice(2));
        pendingChars += line.length;
        if (pending.length >= BATCH || pendingChars >= BATCH_CHARS) await flush();
      } else if (line.startsWith('S ') && current) {
        const { column, lastValue, isCalled } = JSON.parse(line.slice(2)) as { column: string; lastValue: string; isCalled: boolean };
        await client.query(`SELECT setval($1, $2::bigint, $3)`, [await sequenceOf(client, current.name, column), lastValue, isCalled]);
      }
    }
    await flush();
    return { tables: tables.length, rows: rowCount };
  });
}

async function insertRows(client: RawClient, table: TableInfo, rowTexts: string[]): Promise<void> {
  const columns = table.columns.map(quoteIdent).join(', ');
  await client.query(
    `INSERT INTO ${quoteIdent(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
     SELECT ${columns} FROM jsonb_populate_recordset(NULL::${quoteIdent(table.name)}, $1::jsonb)`,
    [`[${rowTexts.join(',')}]`],
  );
}

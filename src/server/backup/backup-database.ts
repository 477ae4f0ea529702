import { clock } from '../../shared/time/clock.ts';
import fs from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import type { Database } from '../db/database.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from './backup-format.ts';
import { listTables, quoteIdent, sequenceOf } from './list-tables.ts';

const BATCH = 5000;
/** Rows of a table holding files (up to 10 MB each, twice that as hex text) read at a time. */
const BINARY_BATCH = 8;

/** Writes a logical dump of every application table, read from one consistent snapshot. */
export async function backupDatabase(database: Database, file: string): Promise<{ tables: number; rows: number }> {
  const gzip = createGzip();
  const output = fs.createWriteStream(file);
  gzip.pipe(output);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  let rowCount = 0;
  const tables = await database.rawTransaction(async (client) => {
    await client.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY version');
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: clock.now().toISOString(),
      engine: database.kind,
      migrations: migrations.map((m) => m.name),
    };
    await write(`H ${JSON.stringify(header)}`);
    const tables = await listTables(client);
    for (const table of tables) {
      await write(`T ${JSON.stringify({ table: table.name, columns: table.columns })}`);
      const order = (table.primaryKey.length ? table.primaryKey : table.columns).map(quoteIdent).join(', ');
      const size = table.binary ? BINARY_BATCH : BATCH;
      for (let offset = 0; ; offset += size) {
        const batch = await client.query<{ r: string }>(
          `SELECT to_jsonb(t)::text AS r FROM ${quoteIdent(table.name)} t ORDER BY ${order} LIMIT ${size} OFFSET ${offset}`,
        );
        for (const { r } of batch) await write(`R ${r}`);
        rowCount += batch.length;
        if (batch.length < size) break;
      }
      // The sequence may be ahead of the largest id (deleted rows); keep its exact position.
      for (const column of table.identityColumns) {
        const [sequence] = await client.query<{ last_value: string; is_called: boolean }>(
          `SELECT last_value::text, is_called FROM ${await sequenceOf(client, table.name, column)}`,
        );
        await write(`S ${JSON.stringify({ column, lastValue: sequence?.last_value, isCalled: sequence?.is_called })}`);
      }
    }
    return tables.length;
  });
  gzip.end();
  await once(output, 'finish');
  return { tables, rows: rowCount };
}

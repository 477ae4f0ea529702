import type { RawClient } from '../db/database.ts';

export interface TableInfo {
  name: string;
  /** Columns to write back: generated columns are recomputed by the database. */
  columns: string[];
  primaryKey: string[];
  identityColumns: string[];
  /** Has a bytea column (stored files): its rows can be megabytes each, so they go in small batches. */
  binary: boolean;
}

/** Application tables, parents before children, so rows can be inserted in this order. */
export async function listTables(client: RawClient): Promise<TableInfo[]> {
  const tables = await client.query<{ table_name: string }>(`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'
    ORDER BY table_name`);
  const columns = await client.query<{ table_name: string; column_name: string; is_generated: string; is_identity: string; data_type: string }>(`
    SELECT table_name, column_name, is_generated, is_identity, data_type FROM information_schema.columns
    WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`);
  const keys = await client.query<{ table_name: string; column_name: string }>(`
    SELECT c.conrelid::regclass::text AS table_name, a.attname AS column_name
    FROM pg_constraint c
    JOIN pg_namespace n ON n.oid = c.connamespace
    JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, position) ON true
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
    WHERE n.nspname = 'public' AND c.contype = 'p' ORDER BY 1, k.position`);
  const references = await client.query<{ child: string; parent: string }>(`
    SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE n.nspname = 'public' AND c.contype = 'f' AND c.conrelid <> c.confrelid`);

  const infos = new Map<string, TableInfo>(
    tables.map(({ table_name: name }) => [name, { name, columns: [], primaryKey: [], identityColumns: [], binary: false }]),
  );
  for (const column of columns) {
    const info = infos.get(column.table_name);
    if (!info) continue;
    if (column.is_generated !== 'ALWAYS') info.columns.push(column.column_name);
    if (column.is_identity === 'YES') info.identityColumns.push(column.column_name);
    if (column.data_type === 'bytea') info.binary = true;
  }
  for (const key of keys) infos.get(key.table_name)?.primaryKey.push(key.column_name);

  const ordered: TableInfo[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    const info = infos.get(name);
    if (!info || ordered.includes(info) || visiting.has(name)) return;
    visiting.add(name);
    for (const reference of references) if (reference.child === name) visit(reference.parent);
    ordered.push(info);
  };
  for (const name of infos.keys()) visit(name);
  return ordered;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function sequenceOf(client: RawClient, table: string, column: string): Promise<string> {
  const [row] = await client.query<{ sequence: string }>('SELECT pg_get_serial_sequence($1, $2) AS sequence', [table, column]);
  if (!row?.sequence) throw new Error(`${table}.${column} has no sequence`);
  return row.sequence;
}
